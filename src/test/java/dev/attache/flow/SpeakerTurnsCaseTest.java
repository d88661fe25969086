package dev.attache.flow;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.deliver.DocumentWordCount;
import dev.attache.deliver.DoneSegments;
import dev.attache.deliver.GmxWordCounter;
import dev.attache.model.Speaker;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.transcript.ParagraphKind;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.worksheet.WorksheetDump;
import dev.attache.xliff.FileDigest;
import dev.attache.xliff.Xliff12Schema;
import dev.attache.xliff.Xliff21Schema;
import dev.attache.xliff.XliffFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Q&A transcript as a ministry page gives it (issue 10): the page's head is left out, the glued
 * dateline is a dateline, every speaker turn keeps its label outside the segments and gets it
 * rendered through the glossary; the XLIFF files (1.2 for ru and az, 2.1 for ru), the worksheet and
 * the merged translation match their golden files. Run with {@code -Dattache.golden.update=true} to
 * rewrite them.
 */
class SpeakerTurnsCaseTest {
    static final Path CASE = Path.of("src/test/resources/cases/lavrov-bayramov-2020-08-26");
    static final String NAME = "lavrov-bayramov-2020-08-26";
    static final boolean UPDATE = Boolean.getBoolean("attache.golden.update");
    static final GlossaryChoice GLOSSARY =
            new GlossaryChoice.FromFile(Path.of("glossary/diplomatic-terms.tbx"));

    @TempDir Path dir;

    private Path transcript() throws IOException {
        Path copy = dir.resolve(NAME + ".en.txt");
        if (!Files.exists(copy)) {
            Files.copy(CASE.resolve(NAME + ".en.txt"), copy);
        }
        return copy;
    }

    private SegmentFlow.Result segment(List<String> langs, Optional<Path> output, XliffChoice xliff)
            throws IOException {
        var request =
                new SegmentFlow.Request(
                        transcript(),
                        langs.stream().map(Locale::forLanguageTag).toList(),
                        output,
                        dir,
                        TranscriptOptions.defaults(),
                        Optional.empty(),
                        false,
                        GLOSSARY,
                        xliff);
        return new SegmentFlow().run(request);
    }

    private static void golden(String written, String goldenName) throws IOException {
        Path golden = CASE.resolve(goldenName);
        if (UPDATE) {
            Files.writeString(golden, written, UTF_8);
        }
        assertThat(written).isEqualTo(Files.readString(golden, UTF_8));
    }

    @Test
    void thePageHeadIsNoiseAndEveryTurnHasItsRenderedSpeaker() throws IOException {
        SegmentFlow.Result result =
                segment(List.of("ru", "az"), Optional.empty(), XliffChoice.unchanged());

        assertThat(result.transcript().paragraphs())
                .extracting(p -> p.kind())
                .containsExactly(
                        ParagraphKind.BOILERPLATE,
                        ParagraphKind.DATELINE,
                        ParagraphKind.BOILERPLATE,
                        ParagraphKind.TITLE,
                        ParagraphKind.BODY,
                        ParagraphKind.BODY,
                        ParagraphKind.BODY,
                        ParagraphKind.BODY,
                        ParagraphKind.BODY,
                        ParagraphKind.BODY,
                        ParagraphKind.BODY,
                        ParagraphKind.BODY,
                        ParagraphKind.BODY,
                        ParagraphKind.BOILERPLATE,
                        ParagraphKind.BOILERPLATE);
        assertThat(result.speakersNotInGlossary()).containsExactly("Anna Smirnova");
        TranslationDocument ru = result.written().get(0).document();
        TranslationDocument az = result.written().get(1).document();
        assertThat(speakers(ru))
                .containsExactly(
                        "p5 Sergey Lavrov → С.В.Лавров",
                        "p6 Jeyhun Bayramov → Джейхун Байрамов",
                        "p7 Question → Вопрос",
                        "p8 Sergey Lavrov → С.В.Лавров",
                        "p9 Question → Вопрос",
                        "p10 Jeyhun Bayramov → Джейхун Байрамов",
                        "p11 Remark → Реплика",
                        "p12 Anna Smirnova → Anna Smirnova");
        assertThat(speakers(az))
                .contains(
                        "p5 Sergey Lavrov → Sergey Lavrov",
                        "p6 Jeyhun Bayramov → Ceyhun Bayramov",
                        "p7 Question → Sual",
                        "p11 Remark → Replika");
        assertThat(ru.unit("p5").orElseThrow().segments().get(0).source())
                .isEqualTo("Ladies and gentlemen, good afternoon.");
        assertThat(ru.unit("p13").orElseThrow().speaker()).isEmpty();
        assertThat(ru.unit("p13").orElseThrow().source()).startsWith("Note: the transcript");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "az"})
    void xliff12MatchesTheGoldenFileTheSchemaAndReadsBackTheSpeakers(String lang) throws Exception {
        Path written = dir.resolve("fresh.xlf");
        TranslationDocument document =
                segment(List.of(lang), Optional.of(written), XliffChoice.unchanged())
                        .written()
                        .get(0)
                        .document();

        Xliff12Schema.validate(written);
        golden(Files.readString(written, UTF_8), "expected.en-" + lang + ".xlf");
        assertThat(speakers(XliffFiles.read(written))).isEqualTo(speakers(document));
    }

    @Test
    void xliff21MatchesTheGoldenFileTheSchemaAndReadsBackTheSpeakers() throws Exception {
        Path written = dir.resolve("fresh.xlf");
        TranslationDocument document =
                segment(
                                List.of("ru"),
                                Optional.of(written),
                                new XliffChoice(
                                        Optional.of(dev.attache.xliff.XliffVersion.V2_1), false))
                        .written()
                        .get(0)
                        .document();

        Xliff21Schema.validate(written);
        golden(Files.readString(written, UTF_8), "expected.en-ru.xlf21");
        assertThat(speakers(XliffFiles.read(written))).isEqualTo(speakers(document));
    }

    @Test
    void theWorksheetShowsTheRenderedSpeakerInItsColumn() throws Exception {
        Path xliff = dir.resolve(NAME + ".en-ru.xlf");
        segment(List.of("ru"), Optional.of(xliff), XliffChoice.unchanged());
        Path worksheet = dir.resolve("sheet.xlsx");
        new ExportFlow()
                .run(
                        new ExportFlow.Request(
                                xliff, worksheet, GLOSSARY.load(), Optional.empty(), false));

        String dump =
                WorksheetDump.of(worksheet)
                        .replace(new FileDigest(xliff).sha256(), "<xliff-sha256>");
        assertThat(dump)
                .contains(
                        "  I1 s \"Speaker\" locked wrap",
                        "s \"С.В.Лавров\" locked wrap",
                        "s \"Вопрос\" locked wrap");
        golden(dump, "worksheet.en-ru.dump.txt");
    }

    @Test
    void mergeOpensEachTurnWithTheRenderedLabel() throws Exception {
        Path xliff = dir.resolve(NAME + ".en-ru.xlf");
        TranslationDocument document =
                segment(List.of("ru"), Optional.of(xliff), XliffChoice.unchanged())
                        .written()
                        .get(0)
                        .document();
        XliffFiles.write(translated(document), xliff, false);

        MergeFlow.Result merged =
                new MergeFlow()
                        .run(
                                new MergeFlow.Request(
                                        xliff,
                                        Optional.empty(),
                                        Optional.empty(),
                                        dir,
                                        DoneSegments.TRANSLATED,
                                        false,
                                        false,
                                        false));

        assertThat(merged.notDone()).isEmpty();
        String text = Files.readString(merged.output(), UTF_8);
        assertThat(text)
                .contains(
                        "\n\nС.В.Лавров: Дамы и господа, добрый день. Мы провели",
                        "\n\nВопрос: Господин Лавров,",
                        "\n\nAnna Smirnova: Это был последний вопрос. Спасибо.\n",
                        "\n\nПримечание: стенограмма сокращена.\n");
        golden(text, "merged.ru.txt");
    }

    @Test
    void labelsAreNoWordsToTranslate() throws IOException {
        TranslationDocument ru =
                segment(List.of("ru"), Optional.empty(), XliffChoice.unchanged())
                        .written()
                        .get(0)
                        .document();
        GmxWordCounter counter = new GmxWordCounter();

        long counted = DocumentWordCount.of(ru, counter).total().sourceWords();
        long labels =
                ru.units().stream()
                        .flatMap(u -> u.speaker().stream())
                        .mapToLong(s -> counter.count(s.label(), Locale.ENGLISH))
                        .sum();
        long paragraphs =
                ru.units().stream()
                        .filter(Unit::translatable)
                        .mapToLong(u -> counter.count(u.sourceParagraph(), Locale.ENGLISH))
                        .sum();
        assertThat(labels).isEqualTo(13);
        assertThat(counted).isEqualTo(168).isEqualTo(paragraphs - labels);
    }

    /** The document with every segment translated from {@code translations.en-ru.tsv}. */
    static TranslationDocument translated(TranslationDocument document) throws IOException {
        Map<String, String> targets = new HashMap<>();
        for (String line : Files.readAllLines(CASE.resolve("translations.en-ru.tsv"), UTF_8)) {
            String[] cells = line.split("\t", 2);
            targets.put(cells[0], cells[1]);
        }
        return document.withUnits(
                document.units().stream()
                        .map(
                                unit ->
                                        !unit.translatable()
                                                ? unit
                                                : unit.withSegments(
                                                        unit.segments().stream()
                                                                .map(
                                                                        s ->
                                                                                s.withTarget(
                                                                                        targets
                                                                                                .getOrDefault(
                                                                                                        s.id().toString(),
                                                                                                        ""),
                                                                                        State
                                                                                                .TRANSLATED))
                                                                .toList()))
                        .toList());
    }

    private static List<String> speakers(TranslationDocument document) {
        return document.units().stream()
                .filter(u -> u.speaker().isPresent())
                .map(
                        u ->
                                u.id()
                                        + " "
                                        + u.speaker().map(Speaker::label).orElseThrow()
                                        + " → "
                                        + u.speaker().map(Speaker::rendering).orElseThrow())
                .toList();
    }
}
