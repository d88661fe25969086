package dev.attache.worksheet;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: on A4 with half-inch side margins, one page wide (scaled down only if its
 * columns are wider than the page, as many pages tall as it takes), so the Source and Target
 * columns stay side by side on every page. A table prints landscape with its header row repeated on
 * every page; running text (the instructions) prints portrait. Every sheet's columns are laid out
 * to fit its page at 100 % or close to it ({@link #LANDSCAPE_CHARACTERS}), so that the printout
 * reads at the size it was written in.
 */
enum PrintLayout {
    TABLE(true, true),
    TEXT(false, false);

    /**
     * The characters of Arial 10 (digit widths) that fit across the printable width at 100 %: a
     * column of {@code n} characters is {@code 7 n + 5} pixels at 96 dpi, and the printable width
     * is 841.89 − 72 pt landscape (1,026 pixels: 140 characters in eight columns), 595.28 − 72 pt
     * portrait (697 pixels: 98 in one).
     */
    static final int LANDSCAPE_CHARACTERS = 140;

    static final int PORTRAIT_CHARACTERS = 96;

    private static final double SIDE_MARGIN_INCHES = 0.5;
    private static final double TOP_MARGIN_INCHES = 0.6;
    private static final double HEADER_MARGIN_INCHES = 0.3;

    private final boolean landscape;
    private final boolean repeatHeader;

    PrintLayout(boolean landscape, boolean repeatHeader) {
        this.landscape = landscape;
        this.repeatHeader = repeatHeader;
    }

    void applyTo(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(landscape);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN_INCHES);
        sheet.setMargin(PageMargin.BOTTOM, TOP_MARGIN_INCHES);
        sheet.setMargin(PageMargin.HEADER, HEADER_MARGIN_INCHES);
        sheet.setMargin(PageMargin.FOOTER, HEADER_MARGIN_INCHES);
        if (repeatHeader) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }
}
