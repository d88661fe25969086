package dev.attache.worksheet;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Progress sheet's bar chart of rows by status (POI's XDDF charts). Its bars are the Progress
 * sheet's own {@code COUNTIF} cells over the Status column, so the chart follows the translator's
 * work; it also carries the counts at export, which a spreadsheet shows until it recalculates. A
 * streamed sheet writes only its rows: the chart goes into the drawing of the XSSF sheet behind it,
 * which is written with the sheet's other parts.
 */
final class ProgressChart {
    private static final String TITLE = "Rows by status";

    /**
     * The bars' colour, given since LibreOffice draws a series without one invisible: steel blue.
     */
    private static final byte[] BAR_COLOUR = {70, (byte) 130, (byte) 180};

    /**
     * Where the chart sits: from column D to column J, rows 2 to 20, beside the figures; the sheet
     * and the chart fit an A4 landscape page at 100 %.
     */
    private static final int FIRST_COLUMN = 3;

    private static final int LAST_COLUMN = 10;
    private static final int FIRST_ROW = 1;
    private static final int LAST_ROW = 20;

    private ProgressChart() {}

    /**
     * Adds the chart to {@code progress}: categories in column A, counts in column B, rows {@code
     * firstRow} to {@code lastRow} (0-based), with the counts they hold now.
     */
    static void addTo(
            SXSSFSheet progress,
            int firstRow,
            int lastRow,
            List<String> labels,
            List<Integer> counts) {
        XSSFSheet sheet =
                progress.getWorkbook().getXSSFWorkbook().getSheet(progress.getSheetName());
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart =
                drawing.createChart(
                        drawing.createAnchor(
                                0, 0, 0, 0, FIRST_COLUMN, FIRST_ROW, LAST_COLUMN, LAST_ROW));
        chart.setTitleText(TITLE);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis statuses = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis rows = chart.createValueAxis(AxisPosition.LEFT);
        rows.setCrosses(AxisCrosses.AUTO_ZERO);
        rows.setMinimum(0);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, statuses, rows);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFChartData.Series series =
                bars.addSeries(
                        XDDFDataSourcesFactory.fromArray(
                                labels.toArray(String[]::new),
                                range(progress, firstRow, lastRow, 0)),
                        XDDFDataSourcesFactory.fromArray(
                                counts.toArray(Integer[]::new),
                                range(progress, firstRow, lastRow, 1)));
        series.setTitle("Rows", null);
        XDDFShapeProperties fill = new XDDFShapeProperties();
        fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
        series.setShapeProperties(fill);
        chart.plot(bars);
    }

    private static String range(SXSSFSheet sheet, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column)
                .formatAsString(sheet.getSheetName(), true);
    }
}
