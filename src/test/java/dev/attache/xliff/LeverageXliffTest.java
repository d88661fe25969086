package dev.attache.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TargetOrigin;
import dev.attache.model.TermRenderings;
import dev.attache.model.TmMatch;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Leverage in XLIFF: exact matches (the target's origin) and fuzzy matches survive a round trip,
 * schema-valid.
 */
class LeverageXliffTest {
    @TempDir Path dir;

    private static SegmentPair pair(String id, String source) {
        return new SegmentPair(SegmentId.parse(id), source);
    }

    static TranslationDocument leveraged() {
        TmMatch close =
                new TmMatch(
                        92,
                        "He devotes close attention to our allied interaction.",
                        "Он уделяет пристальное внимание нашему союзническому взаимодействию.",
                        TmMatch.MEMORY);
        TmMatch farther =
                new TmMatch(
                        78,
                        "He devotes attention to interaction & <ties>.",
                        "Он уделяет внимание.",
                        TmMatch.MEMORY);
        Unit allExact =
                new Unit(
                        "p1",
                        "title",
                        true,
                        List.of(
                                pair("p1.s1", "Remarks & <more>.")
                                        .withExactMatch("Выступление & <ещё>.")),
                        List.of(),
                        List.of());
        Unit mixed =
                new Unit(
                        "p2",
                        "body",
                        true,
                        List.of(
                                pair("p2.s1", "Thank you.").withExactMatch("Спасибо."),
                                pair(
                                                "p2.s2",
                                                "He devotes great attention to our allied interaction.")
                                        .withMatches(List.of(close, farther)),
                                pair("p2.s3", "Typed here.")
                                        .withTarget("Набрано.", State.FINAL)
                                        .withMatches(
                                                List.of(
                                                        new TmMatch(
                                                                80,
                                                                "Typed there.",
                                                                "Набрано там.",
                                                                TmMatch.MEMORY)))),
                        List.of(" ", " "),
                        List.of());
        Unit kept =
                new Unit(
                        "p3",
                        "reference",
                        false,
                        List.of(pair("p3.s1", "359-27-02-2023")),
                        List.of(),
                        List.of());
        Unit fuzzyOnly =
                new Unit(
                        "p4",
                        "body",
                        true,
                        List.of(
                                pair("p4.s1", "In 2023, we marked it.")
                                        .withMatches(
                                                List.of(
                                                        new TmMatch(
                                                                88,
                                                                "In 2022, we marked it.",
                                                                "В 2022 году мы отметили.",
                                                                TmMatch.MEMORY)))),
                        List.of(),
                        List.of());
        return new TranslationDocument(
                "x.en.txt",
                Locale.ENGLISH,
                Locale.forLanguageTag("ru"),
                List.of(allExact, mixed, kept, fuzzyOnly));
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void exactAndFuzzyMatchesAreValidAndReadBackIdentical(XliffVersion version) throws Exception {
        Path file = dir.resolve("x.en-ru.xlf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XliffWriter(TermRenderings.none())
                    .write(leveraged(), XliffFlavour.standard(version), out);
        }
        String xml = Files.readString(file);
        if (version == XliffVersion.V1_2) {
            Xliff12Schema.validate(file);
            assertThat(xml)
                    .contains("state-qualifier=\"exact-match\"")
                    .contains("<alt-trans mid=\"s2\" match-quality=\"92\" origin=\"tm\">")
                    .contains("<alt-trans mid=\"s2\" match-quality=\"78\" origin=\"tm\">");
            assertThat(xml.indexOf("match-quality=\"92\""))
                    .isLessThan(xml.indexOf("match-quality=\"78\""));
        } else {
            Xliff21Schema.validate(file);
            assertThat(xml)
                    .contains("subState=\"attache:exact-match\"")
                    .contains("<mtc:match ref=\"#s2\" similarity=\"92.0\" origin=\"tm\">");
        }

        assertThat(new XliffReader().read(file)).isEqualTo(leveraged());
    }

    @Test
    void aSegmentKeepsThreeMatchesAtMostBestFirstAndAnExactMatchHasATarget() {
        TmMatch m = new TmMatch(80, "a b c d", "а б в г", TmMatch.MEMORY);
        assertThatThrownBy(() -> pair("p1.s1", "x").withMatches(List.of(m, m, m, m)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                pair("p1.s1", "x")
                                        .withMatches(List.of(m, new TmMatch(90, "a", "б", "tm"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pair("p1.s1", "x").withOrigin(TargetOrigin.EXACT_MATCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TmMatch(101, "a", "б", "tm"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(
                        pair("p1.s1", "x")
                                .withExactMatch("икс")
                                .withTarget("другое", State.TRANSLATED)
                                .origin())
                .isEqualTo(TargetOrigin.TYPED);
    }
}
