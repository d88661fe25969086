package dev.attache.worksheet;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: on A4, one page wide (scaled down to fit, as many pages tall as it takes), so the Source and
 * Target columns stay side by side on every page. A table prints landscape with its header row repeated on every
 * page; running text (the instructions) prints portrait.
 */
enum PrintLayout {
    TABLE(true, true),
    TEXT(false, false);

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
        if (repeatHeader) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }
}
