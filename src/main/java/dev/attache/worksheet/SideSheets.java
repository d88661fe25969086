package dev.attache.worksheet;

import dev.attache.glossary.Concept;
import dev.attache.glossary.Term;
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
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The sheets beside the translation sheet: Glossary, Instructions, Progress and the very hidden manifest. */
final class SideSheets {
    private final SXSSFWorkbook workbook;
    private final CellStyles styles;
    private final Optional<String> password;

    SideSheets(SXSSFWorkbook workbook, CellStyles styles, Optional<String> password) {
        this.workbook = workbook;
        this.styles = styles;
        this.password = password;
    }

    void glossary(List<Concept> concepts, Locale source, Locale target) {
        SXSSFSheet sheet = workbook.createSheet(SheetLayout.GLOSSARY_SHEET);
        String sourceLang = source.getLanguage();
        String targetLang = target.getLanguage();
        header(sheet, List.of("Concept", name(source), name(target), "Status", "Note"), new int[] {16, 36, 36, 12, 50});
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
        protect(sheet);
    }

    void instructions(Locale target, String translationSheet) {
        SXSSFSheet sheet = workbook.createSheet(SheetLayout.INSTRUCTIONS_SHEET);
        sheet.setColumnWidth(0, 100 * 256);
        String[] lines = instructionText().replace("{sheet}", translationSheet)
                .replace("{language}", target.getDisplayLanguage(Locale.ENGLISH))
                .replace("{lang}", target.toLanguageTag()).split("\n");
        for (int r = 0; r < lines.length; r++) {
            cell(sheet.createRow(r), 0, lines[r], r == 0 ? styles.header : styles.lockedWrapped);
        }
        protect(sheet);
    }

    /** Live counts over the translation sheet's rows 2 to {@code lastRow} (1-based). */
    void progress(String translationSheet, int lastRow) {
        SXSSFSheet sheet = workbook.createSheet(SheetLayout.PROGRESS_SHEET);
        header(sheet, List.of("Measure", "Value"), new int[] {36, 14});
        String q = "'" + translationSheet.replace("'", "''") + "'!$";
        String ids = q + "B$2:$B$" + lastRow;
        String source = q + "C$2:$C$" + lastRow;
        String target = q + "D$2:$D$" + lastRow;
        String status = q + "E$2:$E$" + lastRow;
        String filled = "(LEN(TRIM(" + target + "))>0)";
        String[][] rows = {
            {"Segments", "COUNTA(" + ids + ")"},
            {"Segments translated", "SUMPRODUCT(--" + filled + ")"},
            {"Segments still empty", "B2-B3"},
            {"Share translated", "IF(B2=0,0,B3/B2)"},
            {"Source words", "SUMPRODUCT(" + words(source) + ")"},
            {"Source words translated", "SUMPRODUCT(" + filled + "*" + words(source) + ")"},
            {"Target words", "SUMPRODUCT(" + words(target) + ")"},
        };
        int r = 1;
        for (String[] measure : rows) {
            boolean share = measure[0].startsWith("Share");
            formula(sheet.createRow(r++), measure[0], measure[1], share ? styles.percent : styles.locked);
        }
        for (WorksheetStatus s : WorksheetStatus.values()) {
            formula(sheet.createRow(r++), "Status " + s.label(), "COUNTIF(" + status + ",\"" + s.label() + "\")",
                    styles.locked);
        }
        protect(sheet);
    }

    void manifest(Manifest manifest) {
        SXSSFSheet sheet = workbook.createSheet(SheetLayout.MANIFEST_SHEET);
        int r = 0;
        for (List<String> values : ManifestSheet.rows(manifest)) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                cell(row, c, values.get(c), styles.locked);
            }
        }
        protect(sheet);
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /** Words of each cell of a range: spaces and line breaks separate them; an empty cell has none. */
    private static String words(String range) {
        String text = "TRIM(SUBSTITUTE(" + range + ",CHAR(10),\" \"))";
        return "(LEN(" + text + ")>0)*(LEN(" + text + ")-LEN(SUBSTITUTE(" + text + ",\" \",\"\"))+1)";
    }

    private static String name(Locale lang) {
        return lang.getDisplayLanguage(Locale.ENGLISH) + " (" + lang.toLanguageTag() + ")";
    }

    private void header(SXSSFSheet sheet, List<String> titles, int[] widths) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            cell(row, c, titles.get(c), styles.header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private void line(SXSSFSheet sheet, int r, String... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            cell(row, c, values[c], styles.forText(values[c], false));
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private void formula(Row row, String label, String formula, CellStyle style) {
        cell(row, 0, label, styles.locked);
        Cell cell = row.createCell(1);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }

    private void protect(SXSSFSheet sheet) {
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
