package dev.attache.worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Makes a small workbook of every kind of part a worksheet has (styles, a streamed sheet with a
 * conditional format and a drop-down, the Progress chart) and writes it to nowhere, on a thread of
 * its own, while a command still reads and segments its transcript. Loading POI's classes and the
 * schema types of XmlBeans is most of the time a short transcript's worksheet takes; done ahead,
 * the real worksheet finds them loaded. It changes nothing: a failure here is left for the real
 * worksheet to meet and report.
 */
public final class WorksheetWarmUp {
    private WorksheetWarmUp() {}

    /** Starts the warm-up on a daemon thread: it never keeps the program from ending. */
    public static void start() {
        Thread thread = new Thread(WorksheetWarmUp::run, "worksheet-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            warmUp();
        } catch (IOException | RuntimeException e) {
            // the real worksheet meets the same failure, if it is one, and reports it
        }
    }

    /** Makes the small workbook and writes it to nowhere. */
    static void warmUp() throws IOException {
        try (StreamedWorkbook workbook = new StreamedWorkbook(1)) {
            CellStyles styles = new CellStyles(workbook);
            RowHeights rowHeights = new RowHeights(workbook);
            SXSSFSheet sheet = workbook.createSheet("warm-up");
            Row row = sheet.createRow(0);
            SideSheets.cell(row, 0, "warm-up", styles.lockedWrapped);
            row.createCell(1).setCellValue(HighlightedText.of("up", new boolean[] {true, false}));
            rowHeights.fit(row);
            SheetConditionalFormatting formats = sheet.getSheetConditionalFormatting();
            ConditionalFormattingRule rule = formats.createConditionalFormattingRule("LEN(A1)=0");
            rule.createPatternFormatting()
                    .setFillBackgroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            formats.addConditionalFormatting(
                    new CellRangeAddress[] {new CellRangeAddress(0, 0, 0, 0)}, rule);
            DataValidationHelper validations = sheet.getDataValidationHelper();
            sheet.addValidationData(
                    validations.createValidation(
                            validations.createExplicitListConstraint(new String[] {"up"}),
                            new CellRangeAddressList(0, 0, 1, 1)));
            sheet.enableLocking();
            ProgressChart.addTo(sheet, 0, 0, List.of("up"), List.of(1));
            workbook.write(OutputStream.nullOutputStream());
        }
    }
}
