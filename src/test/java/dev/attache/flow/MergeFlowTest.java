package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import dev.attache.deliver.DeliveredDocument;
import dev.attache.deliver.DoneSegments;
import dev.attache.model.SegmentId;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.transcript.Paragraph;
import dev.attache.transcript.ParagraphKind;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.transcript.TranscriptReader;
import dev.attache.xliff.XliffFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeFlowTest {
    @TempDir Path dir;
    private Path transcripts;
    private Path xliff;

    @BeforeEach
    void shippedTranscriptInATranscriptFolder() throws IOException {
        transcripts = Files.createDirectories(dir.resolve("transcripts"));
        Path transcript =
                Files.copy(
                        TranslatedFixture.TRANSCRIPT,
                        transcripts.resolve(TranslatedFixture.TRANSCRIPT.getFileName()));
        xliff =
                TranslatedFixture.segment(
                        transcript,
                        "ru",
                        Files.createDirectories(dir.resolve("xliff"))
                                .resolve("lavrov-aliyev-2023-02-27.en-ru.xlf"));
    }

    private MergeFlow.Result merge(DoneSegments done, boolean allowUntranslated) {
        return new MergeFlow()
                .run(
                        new MergeFlow.Request(
                                xliff,
                                Optional.empty(),
                                Optional.empty(),
                                transcripts,
                                done,
                                allowUntranslated,
                                false,
                                false));
    }

    @Test
    void everyParagraphComesBackInItsPlaceTranslated() throws IOException {
        TranslationDocument translated = TranslatedFixture.fill(xliff, State.TRANSLATED);
        MergeFlow.Result result = merge(DoneSegments.TRANSLATED, false);

        assertThat(result.written()).isTrue();
        assertThat(result.output())
                .isEqualTo(transcripts.resolve("lavrov-aliyev-2023-02-27.ru.txt"));
        List<Paragraph> source =
                new TranscriptReader()
                                .read(TranslatedFixture.TRANSCRIPT, TranscriptOptions.defaults())
                                .paragraphs()
                                .stream()
                                .filter(p -> p.kind() != ParagraphKind.BOILERPLATE)
                                .toList();
        String merged = Files.readString(result.output(), StandardCharsets.UTF_8);
        List<String> lines = merged.lines().toList();
        assertThat(merged)
                .endsWith("\n")
                .doesNotContain("\r")
                .doesNotContain("GlobalSecurity")
                .doesNotContain("NEWSLETTER");
        assertThat(lines).hasSize(source.size());
        for (int i = 0; i < source.size(); i++) {
            Paragraph paragraph = source.get(i);
            Unit unit = translated.unit("p" + paragraph.index()).orElseThrow();
            if (paragraph.kind() == ParagraphKind.REFERENCE) {
                assertThat(lines.get(i)).isEqualTo(paragraph.text()).isEqualTo("359-27-02-2023");
            } else {
                assertThat(lines.get(i))
                        .isEqualTo(unit.target())
                        .startsWith("«")
                        .endsWith("» [ru]");
                assertThat(lines.get(i).split("» \\[ru\\]").length)
                        .isEqualTo(unit.segments().size());
            }
        }
    }

    @Test
    void boilerplateKeptInTheXliffIsLeftOutOfTheTranslation() throws IOException {
        new SegmentFlow()
                .run(
                        new SegmentFlow.Request(
                                transcripts.resolve(TranslatedFixture.TRANSCRIPT.getFileName()),
                                List.of(java.util.Locale.forLanguageTag("ru")),
                                Optional.of(xliff),
                                xliff.getParent(),
                                TranscriptOptions.defaults(),
                                Optional.empty(),
                                true,
                                new GlossaryChoice.None()));
        TranslationDocument kept = TranslatedFixture.fill(xliff, State.TRANSLATED);

        MergeFlow.Result result = merge(DoneSegments.TRANSLATED, false);

        assertThat(kept.units().stream().filter(u -> u.kind().equals("boilerplate"))).hasSize(5);
        assertThat(Files.readString(result.output()))
                .doesNotContain("NEWSLETTER")
                .doesNotContain("GlobalSecurity");
        assertThat(Files.readString(result.output()).lines()).hasSize(11);
    }

    @Test
    void theOriginalsLineEndingsAndBlankLinesAreKept() throws IOException {
        Path crlf =
                Files.writeString(
                        transcripts.resolve("blocks.en.txt"),
                        "Remarks by the Minister\r\n\r\nThank you. We are marking an anniversary.\r\n\r\n359-27-02-2023\r\n",
                        StandardCharsets.UTF_8);
        xliff = TranslatedFixture.segment(crlf, "az", dir.resolve("xliff/blocks.en-az.xlf"));
        TranslatedFixture.fill(xliff, State.FINAL);

        MergeFlow.Result result = merge(DoneSegments.FINAL, false);

        assertThat(result.output().getFileName()).hasToString("blocks.az.txt");
        assertThat(Files.readString(result.output()))
                .isEqualTo(
                        "«Remarks by the Minister» [az]\r\n\r\n"
                                + "«Thank you.» [az] «We are marking an anniversary.» [az]\r\n\r\n359-27-02-2023\r\n");
    }

    @Test
    void untranslatedSegmentsAreListedAndNothingIsWritten() {
        TranslationDocument translated = TranslatedFixture.fill(xliff, State.TRANSLATED);
        Unit p5 = translated.unit("p5").orElseThrow();
        XliffFiles.write(
                translated.withUnits(
                        translated.units().stream()
                                .map(
                                        u ->
                                                u.id().equals("p5")
                                                        ? p5.with(
                                                                p5.segments()
                                                                        .get(1)
                                                                        .withTarget("", State.NEW))
                                                        : u)
                                .toList()),
                xliff,
                false);

        MergeFlow.Result result = merge(DoneSegments.TRANSLATED, false);

        assertThat(result.written()).isFalse();
        assertThat(Files.exists(result.output())).isFalse();
        assertThat(result.notDone())
                .containsExactly(
                        new DeliveredDocument.NotDone(SegmentId.parse("p5.s2"), "no translation"));
    }

    @Test
    void allowedUntranslatedSegmentsKeepTheirSource() throws IOException {
        MergeFlow.Result result = merge(DoneSegments.TRANSLATED, true);

        assertThat(result.written()).isTrue();
        assertThat(result.notDone()).hasSize(27);
        List<String> sourceLines =
                new TranscriptReader()
                                .read(TranslatedFixture.TRANSCRIPT, TranscriptOptions.defaults())
                                .paragraphs()
                                .stream()
                                .filter(p -> p.kind() != ParagraphKind.BOILERPLATE)
                                .map(Paragraph::text)
                                .toList();
        assertThat(Files.readString(result.output()).lines().toList()).isEqualTo(sourceLines);
    }

    @Test
    void onlyFinalCountsTranslatedSegmentsAsNotDone() {
        TranslatedFixture.fill(xliff, State.NEEDS_REVIEW);

        MergeFlow.Result result = merge(DoneSegments.FINAL, false);

        assertThat(result.written()).isFalse();
        assertThat(result.notDone())
                .hasSize(27)
                .first()
                .isEqualTo(
                        new DeliveredDocument.NotDone(
                                SegmentId.parse("p1.s1"), "not final (needs review)"));
        assertThat(merge(DoneSegments.TRANSLATED, false).written()).isTrue();
    }

    @Test
    void anExistingOutputIsReplacedOnlyWhenAskedAndKeptAsBak() throws IOException {
        TranslatedFixture.fill(xliff, State.TRANSLATED);
        Path output =
                Files.writeString(
                        transcripts.resolve("lavrov-aliyev-2023-02-27.ru.txt"), "earlier work\n");

        assertThatThrownBy(() -> merge(DoneSegments.TRANSLATED, false))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        output
                                + ": exists: run again with --force to replace it (the old one is then kept as .bak)");
        new MergeFlow()
                .run(
                        new MergeFlow.Request(
                                xliff,
                                Optional.empty(),
                                Optional.empty(),
                                transcripts,
                                DoneSegments.TRANSLATED,
                                false,
                                true,
                                false));

        assertThat(Files.readString(output)).startsWith("«Foreign Minister");
        assertThat(Files.readString(transcripts.resolve("lavrov-aliyev-2023-02-27.ru.txt.bak")))
                .isEqualTo("earlier work\n");
    }

    @Test
    void anOriginalOutsideTheTranscriptFolderIsLookedForInsideIt() {
        TranslationDocument translated = TranslatedFixture.fill(xliff, State.TRANSLATED);
        XliffFiles.write(
                new TranslationDocument(
                        "../../../etc/passwd",
                        translated.sourceLang(),
                        translated.targetLang(),
                        translated.units()),
                xliff,
                false);

        assertThatThrownBy(() -> merge(DoneSegments.TRANSLATED, false))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "its original transcript "
                                + transcripts.resolve("passwd")
                                + " is not there");
    }

    @Test
    void aMissingOriginalOrAnOutputOverAnInputIsBadInput() throws IOException {
        TranslatedFixture.fill(xliff, State.TRANSLATED);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        assertThatThrownBy(
                        () ->
                                new MergeFlow()
                                        .run(
                                                new MergeFlow.Request(
                                                        xliff,
                                                        Optional.empty(),
                                                        Optional.empty(),
                                                        elsewhere,
                                                        DoneSegments.TRANSLATED,
                                                        false,
                                                        false,
                                                        false)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "its original transcript "
                                + elsewhere.resolve("lavrov-aliyev-2023-02-27.en.txt")
                                + " is not there; name it with --original");
        assertThatThrownBy(
                        () ->
                                new MergeFlow()
                                        .run(
                                                new MergeFlow.Request(
                                                        xliff,
                                                        Optional.of(xliff),
                                                        Optional.empty(),
                                                        transcripts,
                                                        DoneSegments.TRANSLATED,
                                                        false,
                                                        true,
                                                        false)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("is an input of this command");
    }
}
