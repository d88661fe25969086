package dev.attache.worksheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRElt;

/**
 * A text dump of a worksheet for golden tests and diagnostics: every sheet with its visibility,
 * protection, panes, filter, print set-up, columns and charts; every row's height that was set
 * (measured in the font the jar ships, so the same on every machine); every cell with its type, its
 * text (bold runs as {@code [b:…]}) and whether it is locked; data validations and conditional
 * formats. The manifest's worksheet id, random, shows as {@code <random>}. Reads the whole
 * workbook: for tests only.
 */
public final class WorksheetDump {
    private static final String WORKSHEET_ID = "worksheet-id";

    private WorksheetDump() {}

    public static String of(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            StringBuilder out = new StringBuilder();
            out.append("workbook active=")
                    .append(workbook.getActiveSheetIndex())
                    .append(" recalc-on-load=")
                    .append(workbook.getForceFormulaRecalculation())
                    .append(" creator=")
                    .append(workbook.getProperties().getCoreProperties().getCreator())
                    .append('\n');
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheet(out, workbook, workbook.getSheetAt(i), i);
            }
            return out.toString();
        }
    }

    private static void sheet(
            StringBuilder out, XSSFWorkbook workbook, XSSFSheet sheet, int index) {
        var protection = sheet.getCTWorksheet().getSheetProtection();
        out.append("\nsheet '")
                .append(sheet.getSheetName())
                .append("' ")
                .append(workbook.getSheetVisibility(index).name().toLowerCase())
                .append(sheet.getProtect() ? " protected" : " unprotected")
                .append(
                        protection != null
                                        && (protection.isSetPassword()
                                                || protection.isSetHashValue())
                                ? " with-password"
                                : "")
                .append(
                        protection != null
                                        && protection.isSetAutoFilter()
                                        && !protection.getAutoFilter()
                                ? " filter-allowed"
                                : "")
                .append(
                        protection != null && protection.isSetSort() && !protection.getSort()
                                ? " sort-allowed"
                                : "")
                .append('\n');
        if (sheet.getPaneInformation() != null) {
            out.append("  freeze rows=")
                    .append(sheet.getPaneInformation().getHorizontalSplitPosition())
                    .append('\n');
        }
        if (sheet.getCTWorksheet().isSetAutoFilter()) {
            out.append("  auto-filter ")
                    .append(sheet.getCTWorksheet().getAutoFilter().getRef())
                    .append('\n');
        }
        var print = sheet.getPrintSetup();
        if (sheet.getFitToPage() || sheet.getRepeatingRows() != null) {
            out.append("  print landscape=")
                    .append(print.getLandscape())
                    .append(" fit-width=")
                    .append(print.getFitWidth())
                    .append(" fit-height=")
                    .append(print.getFitHeight())
                    .append(" repeat-rows=")
                    .append(
                            sheet.getRepeatingRows() == null
                                    ? "-"
                                    : sheet.getRepeatingRows().formatAsString())
                    .append(" margins=")
                    .append(sheet.getMargin(PageMargin.LEFT))
                    .append(',')
                    .append(sheet.getMargin(PageMargin.RIGHT))
                    .append(',')
                    .append(sheet.getMargin(PageMargin.TOP))
                    .append(',')
                    .append(sheet.getMargin(PageMargin.BOTTOM))
                    .append('\n');
        }
        columns(out, sheet);
        charts(out, sheet);
        boolean manifest = sheet.getSheetName().equals(SheetLayout.MANIFEST_SHEET);
        for (Row row : sheet) {
            if (((XSSFRow) row).getCTRow().getCustomHeight()) {
                out.append("  row ")
                        .append(row.getRowNum() + 1)
                        .append(" height=")
                        .append(row.getHeightInPoints())
                        .append('\n');
            }
            boolean randomId =
                    manifest
                            && row.getCell(0) != null
                            && row.getCell(0).toString().equals(WORKSHEET_ID);
            for (Cell cell : row) {
                String shown =
                        randomId && cell.getColumnIndex() == 1 ? "s \"<random>\"" : cell(cell);
                out.append("  ")
                        .append(cell.getAddress())
                        .append(' ')
                        .append(shown)
                        .append(style(cell.getCellStyle()))
                        .append('\n');
            }
        }
        for (DataValidation v : sheet.getDataValidations()) {
            out.append("  validation ")
                    .append(ranges(v.getRegions().getCellRangeAddresses()))
                    .append(" list=")
                    .append(Arrays.toString(v.getValidationConstraint().getExplicitListValues()))
                    .append(" error-box=")
                    .append(v.getShowErrorBox())
                    .append('\n');
        }
        var formats = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
            ConditionalFormatting format = formats.getConditionalFormattingAt(i);
            for (int r = 0; r < format.getNumberOfRules(); r++) {
                ConditionalFormattingRule rule = format.getRule(r);
                out.append("  conditional ")
                        .append(ranges(format.getFormattingRanges()))
                        .append(" =")
                        .append(rule.getFormula1())
                        .append(" fill=")
                        .append(
                                rule.getPatternFormatting() == null
                                        ? "-"
                                        : rule.getPatternFormatting().getFillBackgroundColor())
                        .append('\n');
            }
        }
    }

    private static void columns(StringBuilder out, XSSFSheet sheet) {
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum());
        }
        StringBuilder widths = new StringBuilder();
        for (int c = 0; c < last; c++) {
            widths.append(' ')
                    .append((char) ('A' + c))
                    .append('=')
                    .append(sheet.getColumnWidth(c) / 256)
                    .append(sheet.isColumnHidden(c) ? "(hidden)" : "");
        }
        out.append("  columns").append(widths).append('\n');
    }

    /**
     * Each chart of the sheet: title, where it sits, and per series its kind, categories and
     * values.
     */
    private static void charts(StringBuilder out, XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing == null) {
            return;
        }
        List<XSSFGraphicFrame> frames =
                drawing.getShapes().stream()
                        .filter(XSSFGraphicFrame.class::isInstance)
                        .map(XSSFGraphicFrame.class::cast)
                        .toList();
        for (int c = 0; c < drawing.getCharts().size(); c++) {
            XSSFChart chart = drawing.getCharts().get(c);
            XSSFClientAnchor anchor = frames.get(c).getAnchor();
            out.append("  chart \"")
                    .append(chart.getTitleText())
                    .append("\" at ")
                    .append(
                            new CellRangeAddress(
                                            anchor.getRow1(),
                                            anchor.getRow2(),
                                            anchor.getCol1(),
                                            anchor.getCol2())
                                    .formatAsString())
                    .append('\n');
            for (XDDFChartData data : chart.getChartSeries()) {
                for (int i = 0; i < data.getSeriesCount(); i++) {
                    XDDFChartData.Series series = data.getSeries(i);
                    out.append("    series ")
                            .append(data.getClass().getSimpleName())
                            .append(" categories=")
                            .append(series.getCategoryData().getDataRangeReference())
                            .append(" values=")
                            .append(series.getValuesData().getDataRangeReference())
                            .append('\n');
                }
            }
        }
    }

    private static String cell(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> "s " + quoted(rich((XSSFRichTextString) cell.getRichStringCellValue()));
            case NUMERIC -> "n " + cell.getNumericCellValue();
            case FORMULA -> "f =" + cell.getCellFormula() + " -> " + cached(cell);
            case BOOLEAN -> "b " + cell.getBooleanCellValue();
            case BLANK -> "blank";
            default -> cell.getCellType().name();
        };
    }

    private static String cached(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> Double.toString(cell.getNumericCellValue());
            case STRING -> quoted(cell.getStringCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> cell.getCachedFormulaResultType().name();
        };
    }

    private static String rich(XSSFRichTextString text) {
        if (text.getCTRst().sizeOfRArray() == 0) {
            return text.getString();
        }
        StringBuilder out = new StringBuilder();
        for (CTRElt run : text.getCTRst().getRArray()) {
            String decoded = new XSSFRichTextString(run.getT()).getString();
            boolean bold =
                    run.getRPr() != null
                            && run.getRPr().sizeOfBArray() > 0
                            && run.getRPr().getBArray(0).getVal();
            out.append(bold ? "[b:" + decoded + "]" : decoded);
        }
        return out.toString();
    }

    /**
     * The text in double quotes, with backslash escapes for the backslash, the quote and control
     * characters.
     */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default ->
                        out.append(c < ' ' ? String.format("\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static String style(CellStyle style) {
        return (style.getLocked() ? " locked" : " unlocked")
                + (style.getWrapText() ? " wrap" : "")
                + (style.getQuotePrefixed() ? " quote-prefix" : "")
                + ("@".equals(style.getDataFormatString()) ? " text-format" : "");
    }

    private static String ranges(CellRangeAddress[] ranges) {
        return Arrays.stream(ranges)
                .map(CellRangeAddress::formatAsString)
                .collect(Collectors.joining(","));
    }
}
