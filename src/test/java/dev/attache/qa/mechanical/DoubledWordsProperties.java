package dev.attache.qa.mechanical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.IssueType;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.lib.verification.Issue;
import net.sf.okapi.lib.verification.Parameters;
import net.sf.okapi.lib.verification.QualityCheckSession;

/**
 * {@link DoubledWords} finds what CheckMate's doubled-word check (the oracle: a session with that
 * check alone) finds, at the same places, on texts made of words that repeat, with every kind of
 * white space, punctuation, digits, apostrophes and hyphens between and inside them, in Russian,
 * Azerbaijani and English; and the mechanical check lists them where CheckMate did, after its
 * same-as-source and before its white space at the ends.
 */
class DoubledWordsProperties {
    private static final List<String> PIECES =
            List.of(
                    "мы",
                    "Мы",
                    "мы",
                    "да",
                    "и",
                    "biz",
                    "Biz",
                    "və",
                    "İlham",
                    "the",
                    "The",
                    "that",
                    "2023",
                    "27",
                    "30-летие",
                    "Russia's",
                    "Russia’s",
                    "co-operation",
                    "США",
                    "г.",
                    "U.S.",
                    "«",
                    "»",
                    "(",
                    ")",
                    ",",
                    ".",
                    "!",
                    "—",
                    "-",
                    "'",
                    "’",
                    ":",
                    "%",
                    "$",
                    "\u00A0",
                    "\u202F",
                    "\u2009",
                    "\t",
                    "\n",
                    "\r",
                    "\f",
                    "\u000B",
                    "\u2028",
                    "\u0085",
                    " ",
                    " ",
                    " ",
                    "  ",
                    "");

    @Property(tries = 500, shrinking = ShrinkingMode.BOUNDED)
    void findsWhatCheckMateFinds(@ForAll("texts") String text, @ForAll("langs") String lang) {
        List<String> ours =
                new DoubledWords(lang).in(text).stream().map(r -> r[0] + "-" + r[1]).toList();

        assertThat(ours).as(text).isEqualTo(checkMate(text, lang));
    }

    @Example
    void aWordRepeatedThriceIsDoubledTwiceAndPunctuationPartsRepeats() {
        DoubledWords check = new DoubledWords("ru");

        assertThat(check.in("мы мы\u00A0мы, мы. мы-мы"))
                .containsExactly(new int[] {3, 5}, new int[] {6, 8});
    }

    @Example
    void everyKindOfWhiteSpaceBetweenRepeatsIsCheckMates() {
        for (String space : List.of("\u2028", "\u2029", "\u3000", "\u0085", "\u000B", "\u00A0\t")) {
            String text = "мы" + space + "мы";
            List<String> ours =
                    new DoubledWords("ru").in(text).stream().map(r -> r[0] + "-" + r[1]).toList();

            assertThat(ours)
                    .as("%s", space.codePoints().boxed().toList())
                    .isEqualTo(checkMate(text, "ru"));
        }
    }

    @Example
    void theMechanicalCheckListsDoubledWordsWhereCheckMateDid() {
        assertThat(new MechanicalChecker("en", "ru").check("We go.", " Мы мы идём"))
                .extracting(MechanicalFinding::type)
                .containsExactly(
                        MechanicalKind.DOUBLED_WORD,
                        MechanicalKind.WHITESPACE,
                        MechanicalKind.PUNCTUATION);
        assertThat(new MechanicalChecker("en", "ru").check("We we go.", "We we go."))
                .extracting(MechanicalFinding::type)
                .containsExactly(MechanicalKind.SAME_AS_SOURCE, MechanicalKind.DOUBLED_WORD);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(24).map(p -> String.join("", p));
    }

    @Provide
    Arbitrary<String> langs() {
        return Arbitraries.of("ru", "az", "en");
    }

    /** The doubled words CheckMate reports in {@code text}, as {@code start-end}. */
    private static List<String> checkMate(String text, String lang) {
        Parameters params = new Parameters();
        params.reset();
        params.setEmptyTarget(false);
        params.setEmptySource(false);
        params.setTargetSameAsSource(false);
        params.setLeadingWS(false);
        params.setTrailingWS(false);
        params.setCodeDifference(false);
        params.setCheckXliffSchema(false);
        params.setCheckStorageSize(false);
        params.setCheckMaxCharLength(false);
        params.setCheckMinCharLength(false);
        params.setCheckAllowedCharacters(false);
        params.setCorruptedCharacters(false);
        params.setCheckPatterns(false);
        params.setDoubledWord(true);
        params.setDoubledWordExceptions("");
        QualityCheckSession session = new QualityCheckSession();
        session.setParameters(params);
        session.startProcess(LocaleId.ENGLISH, LocaleId.fromString(lang));
        StartDocument document = new StartDocument("oracle");
        document.setName("oracle");
        document.setMultilingual(true);
        session.processStartDocument(document, List.of());
        ITextUnit unit = new TextUnit("1", "source");
        unit.setTarget(LocaleId.fromString(lang), new TextContainer(text));
        session.processTextUnit(unit);
        return session.getIssues().stream()
                .filter(i -> i.getIssueType() == IssueType.SUSPECT_PATTERN)
                .map((Issue i) -> i.getTargetStart() + "-" + i.getTargetEnd())
                .toList();
    }
}
