package dev.attache.worksheet;

import static dev.attache.worksheet.SheetLayout.COLUMNS;
import static dev.attache.worksheet.SheetLayout.COMMENT;
import static dev.attache.worksheet.SheetLayout.GLOSSARY;
import static dev.attache.worksheet.SheetLayout.ID;
import static dev.attache.worksheet.SheetLayout.MEMORY;
import static dev.attache.worksheet.SheetLayout.NUMBER;
import static dev.attache.worksheet.SheetLayout.SOURCE;
import static dev.attache.worksheet.SheetLayout.SPEAKER;
import static dev.attache.worksheet.SheetLayout.STATUS;
import static dev.attache.worksheet.SheetLayout.TARGET;
import static dev.attache.worksheet.SheetLayout.TERMS_MISSING;

import dev.attache.model.SegmentPair;
import dev.attache.model.TargetOrigin;
import dev.attache.model.TermHit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes the translation sheet ({@code en-ru}): one row per segment, its protection, drop-down and
 * warnings.
 */
final class TranslationSheetWriter {
    static final String EXACT_MATCH_CELL = "100% exact (from memory)";

    private final SXSSFSheet sheet;
    private final CellStyles styles;
    private final GlossaryHints hints;
    private final RowHeights rowHeights;
    private final ExactMatchFindings exactMatchFindings;

    TranslationSheetWriter(
            SXSSFSheet sheet,
            CellStyles styles,
            GlossaryHints hints,
            RowHeights rowHeights,
            ExactMatchFindings exactMatchFindings) {
        this.sheet = sheet;
        this.styles = styles;
        this.hints = hints;
        this.rowHeights = rowHeights;
        this.exactMatchFindings = exactMatchFindings;
    }

    /**
     * Writes the header and one row per segment; the segments' texts are already known to fit a
     * cell. {@code speakers} gives the rendered speaker label of each unit that is a speaker turn,
     * by unit id: each of its rows shows it in the Speaker column.
     */
    void write(
            Locale source,
            Locale target,
            List<SegmentPair> segments,
            Map<String, String> speakers,
            Optional<String> password) {
        Row header = sheet.createRow(0);
        String[] titles = SheetLayout.headers(source, target);
        int[] widths =
                SheetLayout.widths(
                        segments.stream().anyMatch(s -> !memoryCell(s).isEmpty()),
                        !speakers.isEmpty());
        for (int c = 0; c < COLUMNS; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.setColumnHidden(ID, true);
        sheet.setColumnHidden(TERMS_MISSING, true);
        rowHeights.fit(header);
        boolean checked = false;
        for (int i = 0; i < segments.size(); i++) {
            checked |=
                    writeRow(
                            i + 1,
                            segments.get(i),
                            Optional.ofNullable(speakers.get(segments.get(i).id().unitId())),
                            target);
        }
        int last = Math.max(segments.size(), 1);
        markEmptyTargets(last);
        if (checked) {
            warnOnMissingTerms(last);
        }
        addStatusDropDown(last);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, COLUMNS - 1));
        PrintLayout.TABLE.applyTo(sheet);
        protect(password);
    }

    /** Writes a row; whether it has a missing-term check. */
    private boolean writeRow(
            int rowIndex, SegmentPair segment, Optional<String> speaker, Locale target) {
        Row row = sheet.createRow(rowIndex);
        Cell number = row.createCell(NUMBER);
        number.setCellValue(rowIndex);
        number.setCellStyle(styles.locked);
        text(row, ID, segment.id().toString(), styles.locked);
        Cell sourceCell = row.createCell(SOURCE);
        sourceCell.setCellValue(highlighted(segment));
        sourceCell.setCellStyle(styles.forText(segment.source(), false));
        text(row, TARGET, segment.target(), styles.forText(segment.target(), true));
        text(row, STATUS, WorksheetStatus.of(segment.state()).label(), styles.editable);
        text(row, GLOSSARY, hints.cellText(segment), styles.lockedWrapped);
        text(row, MEMORY, exactMatchFindings.memoryCell(segment), styles.lockedWrapped);
        Cell comment = row.createCell(COMMENT);
        comment.setCellStyle(styles.editable);
        speaker.ifPresent(label -> text(row, SPEAKER, label, styles.lockedWrapped));
        rowHeights.fit(row);
        List<List<List<String>>> expected = hints.expectedStems(segment);
        if (expected.isEmpty()) {
            return false;
        }
        MissingTermCheck check = new MissingTermCheck(expected);
        Cell cell = row.createCell(TERMS_MISSING);
        cell.setCellFormula(check.formula(address(TARGET, rowIndex)));
        cell.setCellValue(check.firesOn(segment.target(), target));
        cell.setCellStyle(styles.locked);
        return true;
    }

    /**
     * The address of a column's cell in a row (both 0-based), as formulas refer to it, its column
     * fixed: {@code $D5}.
     */
    private static String address(int column, int rowIndex) {
        return "$" + SheetLayout.letter(column) + (rowIndex + 1);
    }

    /**
     * The TM cell: {@code 100% exact (from memory)} for a target filled from the memory, else the
     * best fuzzy match as {@code 87% · <its target>}, else empty (the QA findings of an exact match
     * are added by {@link ExactMatchFindings}).
     */
    static String memoryCell(SegmentPair segment) {
        if (segment.origin() == TargetOrigin.EXACT_MATCH) {
            return EXACT_MATCH_CELL;
        }
        return segment.matches().isEmpty()
                ? ""
                : segment.matches().get(0).score() + "% · " + segment.matches().get(0).target();
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(PlainText.of(value));
        cell.setCellStyle(style);
    }

    /**
     * The source with its terms highlighted (bold dark blue, as the shared strings table writes
     * them).
     */
    private static HighlightedText highlighted(SegmentPair segment) {
        boolean[] term = new boolean[segment.source().length()];
        for (TermHit hit : segment.termHits()) {
            Arrays.fill(term, hit.start(), hit.end(), true);
        }
        return HighlightedText.of(segment.source(), term);
    }

    private void markEmptyTargets(int last) {
        SheetConditionalFormatting formats = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule =
                formats.createConditionalFormattingRule("LEN(TRIM(" + address(TARGET, 1) + "))=0");
        rule.createPatternFormatting()
                .setFillBackgroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        formats.addConditionalFormatting(targetCells(last), rule);
    }

    /**
     * The missing-term warning (dark red on rose): one rule on every Target cell, on while the
     * row's check in the hidden column is TRUE ({@link MissingTermCheck}); a row without a check
     * has an empty cell there, which is not TRUE.
     */
    private void warnOnMissingTerms(int last) {
        SheetConditionalFormatting formats = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule =
                formats.createConditionalFormattingRule(address(TERMS_MISSING, 1));
        rule.createFontFormatting().setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        rule.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        formats.addConditionalFormatting(targetCells(last), rule);
    }

    private static CellRangeAddress[] targetCells(int last) {
        return new CellRangeAddress[] {new CellRangeAddress(1, last, TARGET, TARGET)};
    }

    private void addStatusDropDown(int last) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation =
                helper.createValidation(
                        helper.createExplicitListConstraint(WorksheetStatus.labels()),
                        new CellRangeAddressList(1, last, STATUS, STATUS));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Status", "Choose New, Translated, Needs review or Final.");
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private void protect(Optional<String> password) {
        password.ifPresentOrElse(sheet::protectSheet, sheet::enableLocking);
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }
}
