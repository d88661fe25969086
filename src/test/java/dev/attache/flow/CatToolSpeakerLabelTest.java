package dev.attache.flow;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.deliver.DoneSegments;
import dev.attache.model.TranslationDocument;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.xliff.XliffFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: a CAT tool that builds the target from the source copies the source's speaker
 * placeholder, with the English label, into the target; merge still opens each turn with the label
 * rendered through the glossary.
 */
class CatToolSpeakerLabelTest {
    @TempDir Path dir;

    @Test
    void mergeRendersTheLabelWhateverTheTargetsPlaceholderHolds() throws Exception {
        Path transcript =
                Files.copy(
                        SpeakerTurnsCaseTest.CASE.resolve(SpeakerTurnsCaseTest.NAME + ".en.txt"),
                        dir.resolve(SpeakerTurnsCaseTest.NAME + ".en.txt"));
        Path xliff = dir.resolve(SpeakerTurnsCaseTest.NAME + ".en-ru.xlf");
        TranslationDocument document =
                new SegmentFlow()
                        .run(
                                new SegmentFlow.Request(
                                        transcript,
                                        List.of(Locale.forLanguageTag("ru")),
                                        Optional.of(xliff),
                                        dir,
                                        TranscriptOptions.defaults(),
                                        Optional.empty(),
                                        false,
                                        SpeakerTurnsCaseTest.GLOSSARY))
                        .written()
                        .get(0)
                        .document();
        XliffFiles.write(SpeakerTurnsCaseTest.translated(document), xliff, false);
        String prepared = Files.readString(xliff, UTF_8);
        String copiedFromSource =
                prepared.replace(
                                "equiv-text=\"С.В.Лавров: \">С.В.Лавров: </ph>",
                                "equiv-text=\"Sergey Lavrov: \">Sergey Lavrov: </ph>")
                        .replace(
                                "equiv-text=\"Вопрос: \">Вопрос: </ph>",
                                "equiv-text=\"Question: \">Question: </ph>");
        assertThat(copiedFromSource).isNotEqualTo(prepared);
        Files.writeString(xliff, copiedFromSource, UTF_8);

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

        String text = Files.readString(merged.output(), UTF_8);
        assertThat(text)
                .contains(
                        "\n\nС.В.Лавров: Дамы и господа, добрый день.",
                        "\n\nВопрос: Господин Лавров,")
                .doesNotContain("Sergey Lavrov:", "Question:");
    }
}
