package dev.attache.worksheet;

import dev.attache.glossary.Concept;
import dev.attache.glossary.Term;
import dev.attache.model.SegmentPair;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The sheets beside the translation sheet: Glossary, Instructions and the very hidden manifest;
 * shared cell helpers.
 */
final class SideSheets {
    /** Manifest rows hashed (in parallel) before they are written. */
    private static final int MANIFEST_BLOCK = 4096;

    private final StreamedWorkbook workbook;
    private final CellStyles styles;
    private final Optional<String> password;
    private final RowHeights rowHeights;

    SideSheets(
            StreamedWorkbook workbook,
            CellStyles styles,
            Optional<String> password,
            RowHeights rowHeights) {
        this.workbook = workbook;
        this.styles = styles;
        this.password = password;
        this.rowHeights = rowHeights;
    }

    void glossary(List<Concept> concepts, Locale source, Locale target) {
        SXSSFSheet sheet = workbook.createSheet(SheetLayout.GLOSSARY_SHEET);
        String sourceLang = source.getLanguage();
        String targetLang = target.getLanguage();
        header(
                sheet,
                List.of("Concept", name(source), name(target), "Status", "Note"),
                new int[] {16, 34, 36, 12, 42});
        int r = 1;
        for (Concept concept : concepts) {
            String en = concept.preferred(sourceLang).map(Term::text).orElse("");
            List<Term> renderings = concept.terms(targetLang);
            if (renderings.isEmpty()) {
                line(sheet, r++, concept.id(), en, "", "missing", concept.definition());
            }
            for (Term term : renderings) {
                String note = term.note().isEmpty() ? concept.definition() : term.note();
                line(sheet, r++, concept.id(), en, term.text(), term.status().word(), note);
            }
        }
        sheet.createFreezePane(0, 1);
        PrintLayout.TABLE.applyTo(sheet);
        protect(sheet);
    }

    /** The one column of the Instructions, in characters: within an A4 portrait page at 100 %. */
    private static final int INSTRUCTIONS_WIDTH = 90;

    /** Marks the paragraph of the instructions that is only for documents with inline tokens. */
    private static final String TOKENS_LINE = "[tokens]";

    /**
     * The Instructions sheet; the paragraph on inline tokens only for a document from an HTML page
     * or a Word document.
     */
    void instructions(Locale target, String translationSheet, boolean inlineTokens) {
        SXSSFSheet sheet = workbook.createSheet(SheetLayout.INSTRUCTIONS_SHEET);
        sheet.setColumnWidth(0, INSTRUCTIONS_WIDTH * 256);
        String[] lines =
                instructionText()
                        .replace("{sheet}", translationSheet)
                        .replace("{language}", target.getDisplayLanguage(Locale.ENGLISH))
                        .replace("{lang}", target.toLanguageTag())
                        .lines()
                        .filter(line -> inlineTokens || !line.startsWith(TOKENS_LINE))
                        .map(
                                line ->
                                        line.startsWith(TOKENS_LINE)
                                                ? line.substring(TOKENS_LINE.length())
                                                : line)
                        .toArray(String[]::new);
        for (int r = 0; r < lines.length; r++) {
            Row row = sheet.createRow(r);
            cell(row, 0, lines[r], r == 0 ? styles.header : styles.lockedWrapped);
            rowHeights.fit(row);
        }
        PrintLayout.TEXT.applyTo(sheet);
        protect(sheet);
    }

    /**
     * The very hidden manifest: {@code manifest}'s fields, then a row per segment with the hashes
     * of its source and translation (the manifest's own hashes are not used: they are worked out
     * here, a block of rows at a time, and written inline, so that no more than a block of them is
     * ever held).
     */
    void manifest(Manifest manifest, List<SegmentPair> segments) {
        SXSSFSheet sheet = workbook.createSheetOfInlineStrings(SheetLayout.MANIFEST_SHEET);
        int r = 0;
        for (List<String> values : ManifestSheet.head(manifest)) {
            manifestRow(sheet, r++, values);
        }
        for (int from = 0; from < segments.size(); from += MANIFEST_BLOCK) {
            List<SegmentPair> block =
                    segments.subList(from, Math.min(segments.size(), from + MANIFEST_BLOCK));
            for (List<String> values :
                    block.parallelStream().map(ManifestSheet::segmentRow).toList()) {
                manifestRow(sheet, r++, values);
            }
        }
        protect(sheet);
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private void manifestRow(SXSSFSheet sheet, int r, List<String> values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.size(); c++) {
            cell(row, c, values.get(c), styles.locked);
        }
    }

    private static String name(Locale lang) {
        return lang.getDisplayLanguage(Locale.ENGLISH) + " (" + lang.toLanguageTag() + ")";
    }

    void header(SXSSFSheet sheet, List<String> titles, int[] widths) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            cell(row, c, titles.get(c), styles.header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        rowHeights.fit(row);
    }

    private void line(SXSSFSheet sheet, int r, String... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            cell(row, c, values[c], styles.forText(values[c], false));
        }
        rowHeights.fit(row);
    }

    /** Gives a row of a side sheet, its cells set, the height its texts take. */
    void fit(Row row) {
        rowHeights.fit(row);
    }

    static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(PlainText.of(value));
        cell.setCellStyle(style);
    }

    void protect(SXSSFSheet sheet) {
        password.ifPresentOrElse(sheet::protectSheet, sheet::enableLocking);
    }

    private static String instructionText() {
        try (InputStream in = SideSheets.class.getResourceAsStream("instructions.txt")) {
            if (in == null) {
                throw new IllegalStateException("instructions.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
