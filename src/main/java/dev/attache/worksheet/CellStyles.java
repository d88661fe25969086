package dev.attache.worksheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles and fonts of a worksheet, made once per workbook. Every text is in {@value
 * #FONT_NAME} {@value #FONT_POINTS} pt, the workbook's default font too (column widths are counted
 * in its digits): Excel has Arial everywhere, and LibreOffice renders it with the metric-compatible
 * Liberation Sans, so the row heights {@link RowHeights} computes hold in both.
 */
final class CellStyles {
    static final String FONT_NAME = "Arial";
    static final short FONT_POINTS = 10;

    /** The built-in number format "Text": what the user types into the cell stays text. */
    private static final short TEXT_FORMAT = 49;

    final CellStyle header;
    final CellStyle locked;
    final CellStyle lockedWrapped;
    final CellStyle lockedWrappedQuoted;
    final CellStyle editable;
    final CellStyle editableQuoted;
    final CellStyle percent;

    CellStyles(Workbook workbook) {
        Font regular = workbook.getFontAt(0);
        regular.setFontName(FONT_NAME);
        regular.setFontHeightInPoints(FONT_POINTS);
        Font bold = workbook.createFont();
        bold.setFontName(FONT_NAME);
        bold.setFontHeightInPoints(FONT_POINTS);
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        locked = style(workbook, true, false, false);
        lockedWrapped = style(workbook, true, true, false);
        lockedWrappedQuoted = style(workbook, true, true, true);
        editable = style(workbook, false, true, false);
        editableQuoted = style(workbook, false, true, true);
        percent = style(workbook, true, false, false);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
    }

    /**
     * The style for a text cell: quoted when the text would otherwise look like a formula to a
     * spreadsheet.
     */
    CellStyle forText(String text, boolean editableCell) {
        boolean quoted = looksLikeFormula(text);
        if (editableCell) {
            return quoted ? editableQuoted : editable;
        }
        return quoted ? lockedWrappedQuoted : lockedWrapped;
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    private static CellStyle style(
            Workbook workbook, boolean isLocked, boolean wrapped, boolean quoted) {
        CellStyle style = workbook.createCellStyle();
        style.setLocked(isLocked);
        style.setWrapText(wrapped);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setQuotePrefixed(quoted);
        if (!isLocked) {
            style.setDataFormat(TEXT_FORMAT);
        }
        return style;
    }
}
