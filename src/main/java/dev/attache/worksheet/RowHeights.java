package dev.attache.worksheet;

import dev.attache.worksheet.HighlightedText.Run;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Gives each row an explicit height that holds the wrapped text of every cell in it, in its font
 * and its column's width: spreadsheets do not recompute row heights on opening (LibreOffice keeps a
 * row's stored height, and a row without one keeps the default, one line), so a wrapped sentence
 * would print over the next row. Works on any row of any sheet, whatever its columns, as soon as
 * its cells and its sheet's column widths are set (in a streamed sheet, before the row leaves
 * memory); it measures each cell once, so a sheet costs what its text costs. A sheet's column
 * widths and the workbook's cell styles are read once, when a row first needs them: they are set
 * before the rows and not changed after.
 *
 * <p>The width a text wraps in is taken as Excel draws it (a column of {@code n} characters is
 * {@code n} digit widths rounded to whole pixels at 96 dpi, less 5 pixels of padding), which is a
 * little narrower than LibreOffice's: where the two differ, a row gets a line more than it needs
 * rather than one too few.
 */
final class RowHeights {
    private static final float POINTS_PER_PIXEL = 0.75f;
    private static final float PADDING_PIXELS = 5;

    /** The tallest row Excel opens without complaint, in points; a taller text is cut there. */
    static final float MAX_HEIGHT = 409;

    /** Space above the first line and below the last, in points. */
    private static final float CELL_MARGINS = 2.5f;

    private final Workbook workbook;
    private final CellTextMeasure measure = new CellTextMeasure();
    private final float digitPixels;
    private final float oneLine;
    private final Map<Column, Optional<Float>> textWidths = new HashMap<>();
    private final Map<Short, StyleFonts> styleFonts = new HashMap<>();

    /** A column of a sheet. */
    private record Column(Sheet sheet, int index) {}

    /**
     * What a cell style gives a text's measure: its font, regular and bold, the height of a line,
     * and whether it wraps.
     */
    private record StyleFonts(
            java.awt.Font regular, java.awt.Font bold, float lineHeight, boolean wraps) {}

    RowHeights(Workbook workbook) {
        this.workbook = workbook;
        java.awt.Font standard = awtFont(workbook.getFontAt(0), false);
        this.digitPixels = Math.round(CellTextMeasure.digitWidth(standard) / POINTS_PER_PIXEL);
        this.oneLine = CellTextMeasure.lineHeight(standard) + CELL_MARGINS;
    }

    /**
     * Sets the row's height to hold the tallest of its cells, at least one line of the standard
     * font and at most {@link #MAX_HEIGHT}.
     */
    void fit(Row row) {
        Sheet sheet = row.getSheet();
        float height = oneLine;
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                Optional<Float> width =
                        textWidths.computeIfAbsent(
                                new Column(sheet, cell.getColumnIndex()),
                                c ->
                                        sheet.isColumnHidden(c.index())
                                                ? Optional.empty()
                                                : Optional.of(
                                                        textWidth(
                                                                sheet.getColumnWidth(c.index()))));
                if (width.isPresent()) {
                    height = Math.max(height, height(cell, width.get()));
                }
            }
        }
        row.setHeightInPoints(Math.min(height, MAX_HEIGHT));
    }

    private float height(Cell cell, float width) {
        StyleFonts fonts =
                styleFonts.computeIfAbsent(
                        cell.getCellStyle().getIndex(), index -> styleFonts(cell.getCellStyle()));
        if (!fonts.wraps()) {
            return fonts.lineHeight() + CELL_MARGINS;
        }
        RichTextString text = cell.getRichStringCellValue();
        List<Run> runs =
                text instanceof HighlightedText highlighted
                        ? highlighted.runs()
                        : List.of(new Run(text.getString(), false));
        int lines = measure.lines(runs, fonts.regular(), fonts.bold(), width);
        return lines * fonts.lineHeight() + CELL_MARGINS;
    }

    private StyleFonts styleFonts(CellStyle style) {
        Font font = workbook.getFontAt(style.getFontIndex());
        java.awt.Font regular = awtFont(font, font.getBold());
        return new StyleFonts(
                regular,
                awtFont(font, true),
                CellTextMeasure.lineHeight(regular),
                style.getWrapText());
    }

    /** The width text wraps in, in points, for a column width in 1/256 characters. */
    private float textWidth(int widthInUnits) {
        float columnPixels = Math.round(widthInUnits / 256f * digitPixels);
        return Math.max(1, columnPixels - PADDING_PIXELS) * POINTS_PER_PIXEL;
    }

    private java.awt.Font awtFont(Font font, boolean bold) {
        return measure.font(font.getFontName(), bold, font.getFontHeightInPoints());
    }
}
