package dev.attache.worksheet;

import dev.attache.AtomicFile;
import dev.attache.BadInputException;
import dev.attache.glossary.Glossary;
import dev.attache.model.SegmentPair;
import dev.attache.model.TranslationDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.ss.SpreadsheetVersion;

/**
 * Writes the translator worksheet of a document: the translation sheet ({@code en-ru}, one row per
 * segment of each translatable unit), the Glossary, Instructions and Progress sheets, and the very
 * hidden manifest. Streams the rows (SXSSF) through a shared strings table that is streamed too
 * ({@link StreamedSharedStrings}), so the source's highlighted terms survive and no string costs
 * more than its text; the per-row missing-term warnings and the manifest's rows are made as the
 * workbook is written ({@link StreamedWorkbook}), never held.
 */
public final class WorksheetWriter {
    private static final int ROWS_IN_MEMORY = 100;
    private static final int CELL_LIMIT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /**
     * Writes the worksheet to {@code out} through a temporary file. Throws {@link
     * BadInputException} naming the XLIFF file and the segment when a text is longer than a cell
     * holds (32,767 characters): it is never cut.
     */
    public void write(
            TranslationDocument doc, Glossary glossary, WorksheetOptions options, Path out) {
        List<SegmentPair> segments = doc.translatableSegments().toList();
        GlossaryHints hints = new GlossaryHints(glossary, doc.sourceLang(), doc.targetLang());
        checkLengths(segments, hints, Path.of(options.xliffFileName()));
        writeChecked(doc, segments, hints, options, out);
    }

    /**
     * Checks, before anything is written, that every text of the document fits in a cell, as {@link
     * #write} does; {@code xliff} names the XLIFF file in the error.
     */
    public void checkFits(TranslationDocument doc, Glossary glossary, Path xliff) {
        checkLengths(
                doc.translatableSegments().toList(),
                new GlossaryHints(glossary, doc.sourceLang(), doc.targetLang()),
                xliff);
    }

    private void writeChecked(
            TranslationDocument doc,
            List<SegmentPair> segments,
            GlossaryHints hints,
            WorksheetOptions options,
            Path out) {
        new AtomicFile(out)
                .write(
                        stream -> {
                            try (StreamedWorkbook workbook = new StreamedWorkbook(ROWS_IN_MEMORY)) {
                                fill(workbook, doc, segments, hints, options);
                                workbook.write(stream);
                            }
                        });
    }

    private static void fill(
            StreamedWorkbook workbook,
            TranslationDocument doc,
            List<SegmentPair> segments,
            GlossaryHints hints,
            WorksheetOptions options)
            throws IOException {
        Optional<String> password = options.password();
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.empty());
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Attaché");
        CellStyles styles = new CellStyles(workbook);
        RowHeights rowHeights = new RowHeights(workbook);
        String sheetName = SheetLayout.sheetName(doc.sourceLang(), doc.targetLang());
        new TranslationSheetWriter(
                        workbook.createSheet(sheetName),
                        styles,
                        hints,
                        rowHeights,
                        ExactMatchFindings.of(doc))
                .write(doc.sourceLang(), doc.targetLang(), segments, speakers(doc), password);
        SideSheets side = new SideSheets(workbook, styles, password, rowHeights);
        side.glossary(hints.conceptsIn(doc), doc.sourceLang(), doc.targetLang());
        side.instructions(doc.targetLang(), sheetName, doc.origin().format().hasInlineCodes());
        new ProgressSheet(side, styles)
                .write(workbook.createSheet(SheetLayout.PROGRESS_SHEET), sheetName, segments);
        side.manifest(
                new Manifest(
                        Manifest.CURRENT_VERSION,
                        options.xliffFileName(),
                        options.xliffSha256().get(),
                        options.glossarySha256(),
                        doc.targetLang().toLanguageTag(),
                        Optional.of(UUID.randomUUID().toString()),
                        Map.of(),
                        Map.of()),
                segments);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        workbook.setForceFormulaRecalculation(true);
    }

    /** The rendered speaker label of each unit that is a speaker turn, by unit id. */
    private static Map<String, String> speakers(TranslationDocument doc) {
        Map<String, String> speakers = new HashMap<>();
        doc.units().forEach(u -> u.speaker().ifPresent(s -> speakers.put(u.id(), s.rendering())));
        return speakers;
    }

    private static void checkLengths(List<SegmentPair> segments, GlossaryHints hints, Path xliff) {
        for (SegmentPair segment : segments) {
            checkLength(xliff, segment, "source", segment.source());
            checkLength(xliff, segment, "target", segment.target());
            checkLength(xliff, segment, "glossary hint", hints.cellText(segment));
            checkLength(xliff, segment, "memory match", TranslationSheetWriter.memoryCell(segment));
        }
    }

    private static void checkLength(Path xliff, SegmentPair segment, String what, String text) {
        if (text.length() > CELL_LIMIT) {
            throw new BadInputException(
                    xliff,
                    "unit " + segment.id().unitId(),
                    "the "
                            + what
                            + " of segment "
                            + segment.id()
                            + " has "
                            + text.length()
                            + " characters, more than a worksheet cell holds ("
                            + CELL_LIMIT
                            + "); split the paragraph");
        }
    }
}
