package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.memory.LeverageCounts;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TargetOrigin;
import dev.attache.model.TranslationDocument;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.worksheet.WorksheetDump;
import dev.attache.worksheet.WorksheetReader;
import dev.attache.xliff.Xliff12Schema;
import dev.attache.xliff.Xliff21Schema;
import dev.attache.xliff.XliffFiles;
import dev.attache.xliff.XliffVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped transcript translated and added to a memory, then a new transcript segmented with
 * that memory: its sentences of the shipped one verbatim are filled in, those with a word or the
 * year changed are offered fuzzy matches, and unrelated ones are left alone.
 */
public class LeverageFlowTest {
    static final String EXACT =
            "He personally devotes close attention to developing our allied interaction.";
    static final String EXACT_TOO = "We are interested in developing cultural ties.";
    static final String ONE_WORD =
            "He personally devotes great attention to developing our allied interaction.";
    static final String YEAR = "In 2022, we marked the 30th anniversary of diplomatic relations.";
    static final String OTHER_YEAR =
            "In 2023, we marked the 30th anniversary of diplomatic relations.";
    static final String UNRELATED =
            "The weather in Oslo was cold and rainy for the whole of last week.";
    public static final String NEW_TRANSCRIPT =
            "Remarks at a press conference in Oslo, 1 March 2024\n\n"
                    + EXACT
                    + " "
                    + ONE_WORD
                    + "\n\n"
                    + OTHER_YEAR
                    + " "
                    + UNRELATED
                    + "\n\n"
                    + EXACT_TOO
                    + "\n\n"
                    + EXACT
                    + "\n";

    @TempDir Path dir;
    Path tm;
    Path transcript;

    @BeforeEach
    void setUp() throws Exception {
        tm = TranslatedFixture.memoryOfTheShippedTranscript(dir);
        transcript = TranslatedFixture.newTranscript(dir, NEW_TRANSCRIPT);
    }

    private SegmentFlow.Written segment(Path out, XliffVersion version, MemoryChoice memory) {
        var request =
                new SegmentFlow.Request(
                        transcript,
                        List.of(Locale.forLanguageTag("ru")),
                        Optional.of(out),
                        dir,
                        TranscriptOptions.defaults(),
                        Optional.empty(),
                        false,
                        new GlossaryChoice.FromFile(TranslatedFixture.GLOSSARY),
                        new XliffChoice(Optional.of(version), false),
                        memory);
        return new SegmentFlow().run(request).written().get(0);
    }

    static SegmentPair segmentWith(TranslationDocument document, String source) {
        return document.translatableSegments()
                .filter(s -> s.source().equals(source))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void exactMatchesFillTheTargetFuzzyOnesAreOfferedAndTheFileReadsBackIdentical(
            XliffVersion version) throws Exception {
        Path out = dir.resolve("oslo.en-ru.xlf");
        SegmentFlow.Written written = segment(out, version, new MemoryChoice.Named(tm));
        TranslationDocument document = written.document();

        for (String source : List.of(EXACT, EXACT_TOO)) {
            SegmentPair exact = segmentWith(document, source);
            assertThat(exact.target()).isEqualTo(TranslatedFixture.translationOf(source, "ru"));
            assertThat(exact.state()).isEqualTo(State.TRANSLATED);
            assertThat(exact.origin()).isEqualTo(TargetOrigin.EXACT_MATCH);
            assertThat(exact.matches()).isEmpty();
        }
        for (String[] fuzzy : new String[][] {{ONE_WORD, EXACT}, {OTHER_YEAR, YEAR}}) {
            SegmentPair pair = segmentWith(document, fuzzy[0]);
            assertThat(pair.target()).isEmpty();
            assertThat(pair.state()).isEqualTo(State.NEW);
            assertThat(pair.origin()).isEqualTo(TargetOrigin.TYPED);
            assertThat(pair.matches()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(pair.matches()).allSatisfy(m -> assertThat(m.score()).isBetween(75, 99));
            assertThat(pair.matches().get(0).source()).isEqualTo(fuzzy[1]);
            assertThat(pair.matches().get(0).target())
                    .isEqualTo(TranslatedFixture.translationOf(fuzzy[1], "ru"));
        }
        SegmentPair unrelated = segmentWith(document, UNRELATED);
        assertThat(unrelated.target()).isEmpty();
        assertThat(unrelated.matches()).isEmpty();
        int segments = (int) document.translatableSegments().count();
        assertThat(written.leverage()).contains(new LeverageCounts(tm, 3, 2, segments - 5));

        if (version == XliffVersion.V1_2) {
            Xliff12Schema.validate(out);
        } else {
            Xliff21Schema.validate(out);
        }
        assertThat(XliffFiles.sameContent(XliffFiles.read(out), document)).isTrue();
    }

    @Test
    void identicalSourcesGetTheSameAnswerAndARunAgainChangesNothing() {
        Path out = dir.resolve("oslo.en-ru.xlf");
        TranslationDocument first =
                segment(out, XliffVersion.V1_2, new MemoryChoice.Named(tm)).document();
        List<SegmentPair> twice =
                first.translatableSegments().filter(s -> s.source().equals(EXACT)).toList();

        assertThat(twice).hasSize(2);
        assertThat(twice.get(1).target()).isEqualTo(twice.get(0).target());
        assertThat(segment(out, XliffVersion.V1_2, new MemoryChoice.Named(tm)).changes()).isFalse();
    }

    @Test
    void withoutAMemoryNothingIsLeveraged() {
        Path out = dir.resolve("oslo.en-ru.xlf");
        SegmentFlow.Written written = segment(out, XliffVersion.V1_2, new MemoryChoice.None());

        assertThat(written.leverage()).isEmpty();
        assertThat(written.document().translatableSegments())
                .allSatisfy(
                        s -> {
                            assertThat(s.target()).isEmpty();
                            assertThat(s.matches()).isEmpty();
                        });
        assertThat(
                        segment(
                                        dir.resolve("other.en-ru.xlf"),
                                        XliffVersion.V1_2,
                                        new MemoryChoice.Default(dir.resolve("no-such-tm")))
                                .leverage())
                .isEmpty();
    }

    @Test
    void aTranslationTheXliffHoldsIsNeverReplaced() {
        Path out = dir.resolve("oslo.en-ru.xlf");
        TranslationDocument typed =
                TranslatedFixture.filled(
                        segment(out, XliffVersion.V1_2, new MemoryChoice.None()).document(),
                        s -> "моё: " + s,
                        State.TRANSLATED);
        XliffFiles.write(typed, out, false);

        TranslationDocument again =
                segment(out, XliffVersion.V1_2, new MemoryChoice.Named(tm)).document();

        assertThat(segmentWith(again, EXACT).target()).isEqualTo("моё: " + EXACT);
        assertThat(segmentWith(again, EXACT).origin()).isEqualTo(TargetOrigin.TYPED);
        assertThat(segmentWith(again, ONE_WORD).target()).isEqualTo("моё: " + ONE_WORD);
        assertThat(segmentWith(again, ONE_WORD).matches()).isNotEmpty();
    }

    @Test
    void theWorksheetShowsTheMemoryInItsTmColumnAndCountsTheWordsOfEachBand() throws Exception {
        var request =
                new SegmentFlow.Request(
                        transcript,
                        List.of(Locale.forLanguageTag("ru")),
                        Optional.empty(),
                        dir,
                        TranscriptOptions.defaults(),
                        Optional.empty(),
                        false,
                        new GlossaryChoice.FromFile(TranslatedFixture.GLOSSARY),
                        XliffChoice.unchanged(),
                        new MemoryChoice.Named(tm));
        var prepared =
                new PrepareFlow()
                        .run(
                                new PrepareFlow.Request(
                                        List.of(request),
                                        dir.resolve("worksheets"),
                                        Optional.empty(),
                                        false));
        Path worksheet = prepared.get(0).worksheets().get(0).worksheet();
        String dump = WorksheetDump.of(worksheet);

        assertThat(dump)
                .contains("G1 s \"TM\" locked")
                .contains("H1 s \"Comment\" locked")
                .contains(
                        "s \"100% exact (from memory) · QA: term \\\"allied interaction\\\" should be rendered")
                .containsPattern(
                        "G\\d+ s \"[7-9]\\d% · "
                                + java.util.regex.Pattern.quote(
                                        TranslatedFixture.translationOf(EXACT, "ru"))
                                + "\" locked")
                .containsPattern("Source words, exact memory match\".*\\n.*B\\d+ n 27\\.0");
        var rows = new WorksheetReader().read(worksheet).rows();
        assertThat(rows).hasSize(7);
        assertThat(rows)
                .filteredOn(r -> r.source().equals(EXACT))
                .allSatisfy(
                        r -> {
                            assertThat(r.target().shown())
                                    .isEqualTo(TranslatedFixture.translationOf(EXACT, "ru"));
                            assertThat(r.status()).isEqualTo("Translated");
                        });
    }

    @Test
    void exportOffersTheMemoryAndRewritesTheXliffWithItsMatchesOnce() throws Exception {
        Path out = dir.resolve("oslo.en-ru.xlf");
        segment(out, XliffVersion.V1_2, new MemoryChoice.None());
        Path worksheet = dir.resolve("oslo.en-ru.xlsx");
        var glossary = new GlossaryChoice.FromFile(TranslatedFixture.GLOSSARY).load();

        ExportFlow.Result first =
                new ExportFlow()
                        .run(
                                new ExportFlow.Request(
                                        out,
                                        worksheet,
                                        glossary,
                                        Optional.empty(),
                                        false,
                                        new MemoryChoice.Named(tm)));

        int segments = (int) XliffFiles.read(out).translatableSegments().count();
        assertThat(first.leverage()).contains(new LeverageCounts(tm, 3, 2, segments - 5));
        assertThat(first.xliffRewritten()).isTrue();
        assertThat(dir.resolve("oslo.en-ru.xlf.bak")).exists();
        TranslationDocument rewritten = XliffFiles.read(out);
        assertThat(segmentWith(rewritten, EXACT).origin()).isEqualTo(TargetOrigin.EXACT_MATCH);
        assertThat(segmentWith(rewritten, ONE_WORD).matches()).isNotEmpty();
        Xliff12Schema.validate(out);
        // the fixture's translations are placeholders in Latin letters: QA flags every exact match
        assertThat(WorksheetDump.of(worksheet)).contains("s \"100% exact (from memory) · QA: ");
        assertThat(new WorksheetReader().read(worksheet).rows())
                .filteredOn(r -> r.source().equals(EXACT))
                .allSatisfy(
                        r ->
                                assertThat(r.target().shown())
                                        .isEqualTo(TranslatedFixture.translationOf(EXACT, "ru")));

        ExportFlow.Result again =
                new ExportFlow()
                        .run(
                                new ExportFlow.Request(
                                        out,
                                        worksheet,
                                        glossary,
                                        Optional.empty(),
                                        true,
                                        new MemoryChoice.Named(tm)));
        assertThat(again.xliffRewritten()).isFalse();
        assertThat(XliffFiles.sameContent(XliffFiles.read(out), rewritten)).isTrue();
    }

    @Test
    void aSourceThatDiffersOnlyInWhitespaceIsAnExactMatchToo() throws Exception {
        String spaced = EXACT_TOO.replace("interested in", "interested  in");
        transcript =
                TranslatedFixture.newTranscript(
                        dir, "Remarks in Oslo, 1 March 2024\n\n" + spaced + "\n");

        SegmentPair pair =
                segmentWith(
                        segment(
                                        dir.resolve("oslo.en-ru.xlf"),
                                        XliffVersion.V1_2,
                                        new MemoryChoice.Named(tm))
                                .document(),
                        spaced);

        assertThat(pair.target()).isEqualTo(TranslatedFixture.translationOf(EXACT_TOO, "ru"));
        assertThat(pair.origin()).isEqualTo(TargetOrigin.EXACT_MATCH);
        assertThat(pair.matches()).isEmpty();
    }
}
