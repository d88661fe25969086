package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.InstalledApplication;
import dev.attache.deliver.DoneSegments;
import dev.attache.model.SegmentId;
import dev.attache.model.TranslationDocument;
import dev.attache.qa.QaCheck;
import dev.attache.reimport.ImportIssue;
import dev.attache.xliff.XliffFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ministry page's worksheet, filled in LibreOffice Calc as a translator types, imported and
 * merged: targets that keep the source's inline tokens arrive, one that drops a closing token and
 * one that adds a token are rejected with a sentence each (and change nothing), and the merged page
 * has the original's bold and italics around the translated words.
 */
class HtmlWorksheetRoundTripTest {
    private static final Path SCRIPT =
            Path.of("src/test/resources/dev/attache/worksheet/fill_worksheet.py");
    private static final Path GLOSSARY = Path.of("glossary/diplomatic-terms.tbx");

    @TempDir Path dir;

    @Test
    void typedTokensArriveBrokenOnesAreRejectedAndTheMergeKeepsTheTags() throws Exception {
        InstalledApplication.require("soffice", "libreoffice-calc python3-uno");
        Path transcripts = Files.createDirectories(dir.resolve("transcripts"));
        Path page =
                Files.copy(HtmlPageTest.PAGE, transcripts.resolve(HtmlPageTest.PAGE.getFileName()));
        Path xliff =
                Files.createDirectories(dir.resolve("xliff"))
                        .resolve("lavrov-press-2023-03-02.en-ru.xlf");
        HtmlPageTest.segment(page, xliff, DocumentChoice.byFileName());
        Path prepared = dir.resolve("lavrov-press-2023-03-02.en-ru.xlsx");
        new ExportFlow()
                .run(
                        new ExportFlow.Request(
                                xliff,
                                prepared,
                                new GlossaryChoice.FromFile(GLOSSARY).load(),
                                Optional.empty(),
                                false));
        Map<String, String> good = new LinkedHashMap<>();
        good.put(
                "p4.s1",
                "Мы только что завершили {1}встречу министров иностранных дел «Группы двадцати»{/1}.");
        good.put("p5.s1", "Как Вы оцениваете итоги встречи?");
        good.put("p7.s1", "Западные делегации пытались превратить дискуссию в фарс.");
        Map<String, String> broken =
                Map.of(
                        "p7.s2", "Наша позиция подробно изложена в {2}заявлении МИД России.",
                        "p4.s2",
                                "{1}Хочу{/1} поблагодарить наших индийских друзей за гостеприимство.");
        StringBuilder edits = new StringBuilder();
        good.forEach((id, text) -> edits.append(edit(id, text)));
        broken.forEach((id, text) -> edits.append(edit(id, text)));
        Path editFile = Files.writeString(dir.resolve("edits.tsv"), edits, StandardCharsets.UTF_8);
        Path filled = dir.resolve("filled").resolve(prepared.getFileName());
        Files.createDirectories(filled.getParent());
        InstalledApplication.run(
                List.of(
                        "/usr/bin/python3",
                        SCRIPT.toAbsolutePath().toString(),
                        prepared.toString(),
                        filled.toString(),
                        editFile.toString()),
                dir);

        ImportFlow.Result imported =
                new ImportFlow()
                        .run(
                                new ImportFlow.Request(
                                        filled,
                                        Optional.of(xliff),
                                        xliff.getParent(),
                                        new GlossaryChoice.FromFile(GLOSSARY),
                                        QaCheck.all(),
                                        Optional.empty(),
                                        false,
                                        false,
                                        false,
                                        false,
                                        Optional.empty()));

        List<ImportIssue> rejected =
                imported.reconciled().issues().stream()
                        .filter(i -> i instanceof ImportIssue.InlineTokensBroken)
                        .toList();
        assertThat(rejected)
                .extracting(ImportIssue::message)
                .containsExactlyInAnyOrder(
                        "the target of 'p4.s2' does not keep the source's inline tokens: the inline token {1} is not in the "
                                + "source; the row was not imported",
                        "the target of 'p7.s2' does not keep the source's inline tokens: the inline token {/2} of the source "
                                + "is missing from the translation; the row was not imported");
        TranslationDocument document = XliffFiles.read(xliff);
        good.forEach(
                (id, text) ->
                        assertThat(document.segment(SegmentId.parse(id)).orElseThrow().target())
                                .as(id)
                                .isEqualTo(text));
        broken.keySet()
                .forEach(
                        id ->
                                assertThat(
                                                document.segment(SegmentId.parse(id))
                                                        .orElseThrow()
                                                        .target())
                                        .as(id)
                                        .isEmpty());

        MergeFlow.Result merged =
                new MergeFlow()
                        .run(
                                new MergeFlow.Request(
                                        xliff,
                                        Optional.empty(),
                                        Optional.empty(),
                                        transcripts,
                                        DoneSegments.TRANSLATED,
                                        true,
                                        false,
                                        false));
        assertThat(Files.readString(merged.output(), StandardCharsets.UTF_8))
                .contains(
                        "<p><b>Вопрос:</b> Как Вы оцениваете итоги встречи?</p>",
                        "<p>Мы только что завершили <i>встречу министров иностранных дел «Группы двадцати»</i>. I would like",
                        "<p><b>С.В.Лавров:</b> Западные делегации пытались превратить дискуссию в фарс. Our position");
    }

    private static String edit(String id, String text) {
        return id + "\tTarget (ru)\t" + text + "\n";
    }
}
