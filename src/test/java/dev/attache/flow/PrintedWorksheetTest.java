package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.transcript.TranscriptOptions;
import dev.attache.worksheet.PrintedPages;
import dev.attache.worksheet.PrintedPages.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prepared worksheets of the shipped transcript as a translator prints them: LibreOffice
 * exports them to PDF, every page prints at 90 % or more of the text's size, no word prints outside
 * its page, and on no page do two words print over each other (every row is as tall as its wrapped
 * text, on every sheet); the translation sheet prints on several pages, each headed by the header
 * row; the WorkListener sheet's chart is drawn.
 */
class PrintedWorksheetTest {
    /** The colour of the WorkListener chart's bars. */
    private static final byte[] STEEL_BLUE = {70, (byte) 130, (byte) 180};

    private static final Path GLOSSARY = Path.of("glossary/diplomatic-terms.tbx");

    /**
     * A bold word of the header of each sheet: the translation sheet's and the Glossary's (repeated
     * on each of their pages), the Instructions' title, the WorkListener sheet's.
     */
    private static final List<String> HEADER_WORDS =
            List.of("Source", "Concept", "worksheet", "Measure");

    @TempDir Path dir;

    @Test
    void noTwoWordsOverlapOnAnyPageAndEveryPageOfTheTranslationSheetHasItsHeader()
            throws Exception {
        List<Path> worksheets = List.of(prepare("ru"), prepare("az"));
        List<PrintedPages> printed = PrintedPages.print(worksheets, dir);

        for (PrintedPages pdf : printed) {
            List<String> overlaps = new ArrayList<>();
            pdf.pages().forEach(page -> overlaps.addAll(page.overlaps()));
            assertThat(overlaps).as("words printed over each other").isEmpty();
            List<String> outside = new ArrayList<>();
            pdf.pages().forEach(page -> outside.addAll(page.wordsOutside()));
            assertThat(outside).as("words printed outside the page").isEmpty();
            Map<Integer, Double> scales = new TreeMap<>();
            pdf.pages()
                    .forEach(
                            page ->
                                    scales.put(
                                            page.number(),
                                            page.scale(HEADER_WORDS, true).orElse(0.0)));
            assertThat(scales)
                    .as(
                            "the scale each page of %s printed at, read off its header",
                            pdf.pdf().getFileName())
                    .allSatisfy((page, scale) -> assertThat(scale).isBetween(0.9, 1.01));

            List<Page> translationPages =
                    pdf.pages().stream().takeWhile(page -> !page.has("Concept")).toList();
            assertThat(translationPages)
                    .as("pages of the translation sheet, before the Glossary's")
                    .hasSizeGreaterThan(1);
            assertThat(translationPages)
                    .as("pages headed by Source and Target")
                    .allMatch(page -> page.has("Source") && page.has("Target"));
            Page progress = pdf.pages().get(pdf.pages().size() - 1);
            assertThat(text(progress))
                    .as("the last page, WorkListener, with its chart")
                    .contains("Segments translated")
                    .contains("Rows by status")
                    .contains("Status Needs review");
            assertThat(pdf.pixelsOfColour(progress, STEEL_BLUE, dir))
                    .as("pixels of the chart's bar (27 rows New)")
                    .isGreaterThan(200);
        }
    }

    private static String text(Page page) {
        return page.words().stream().map(PrintedPages.Word::text).collect(Collectors.joining(" "));
    }

    private Path prepare(String lang) {
        Path xliff = dir.resolve("lavrov-aliyev-2023-02-27.en-" + lang + ".xlf");
        new SegmentFlow()
                .run(
                        new SegmentFlow.Request(
                                ShippedTranscriptTest.TRANSCRIPT,
                                List.of(Locale.forLanguageTag(lang)),
                                Optional.of(xliff),
                                dir,
                                TranscriptOptions.defaults(),
                                Optional.empty(),
                                false,
                                new GlossaryChoice.FromFile(GLOSSARY)));
        Path worksheet = dir.resolve("lavrov-aliyev-2023-02-27.en-" + lang + ".xlsx");
        new ExportFlow()
                .run(
                        new ExportFlow.Request(
                                xliff,
                                worksheet,
                                new GlossaryChoice.FromFile(GLOSSARY).load(),
                                Optional.empty(),
                                false));
        return worksheet;
    }
}
