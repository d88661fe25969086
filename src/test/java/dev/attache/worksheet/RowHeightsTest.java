package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Row heights from real font metrics: a row is as tall as the cell that wraps to the most lines, in
 * its font and its column's width, in the Liberation Sans the jar ships for Arial, whatever fonts
 * the machine has.
 */
class RowHeightsTest {
    private static final String SENTENCE =
            "We are marking the first anniversary of the Declaration on Allied "
                    + "Interaction between the Russian Federation and the Republic of Azerbaijan, which was signed during "
                    + "your visit to the Russian Federation in 2022.";

    @TempDir Path dir;

    @Test
    void arialIsMeasuredInTheShippedLiberationSansAndAMissingFontInTheDefaultSansSerif() {
        CellTextMeasure measure = new CellTextMeasure();
        java.awt.Font regular = measure.font("Arial", false, 10);
        assertThat(regular.getFontName()).isEqualTo("Liberation Sans");
        assertThat(CellTextMeasure.digitWidth(regular))
                .as("Arial's digit, 1139/2048 of an em")
                .isCloseTo(5.56f, within(0.01f));
        java.awt.Font bold = measure.font("Arial", true, 12);
        assertThat(bold.getFontName()).isEqualTo("Liberation Sans Bold");
        assertThat(bold.getSize2D()).isEqualTo(12f);
        assertThat(width(bold, "b"))
                .as("Arial Bold's b, 1251/2048 of an em")
                .isCloseTo(7.33f, within(0.01f));
        assertThat(width(measure.font("Arial", false, 12), "b"))
                .as("Arial's b, 1139/2048 of an em")
                .isCloseTo(6.67f, within(0.01f));
        assertThat(measure.font("No Such Font", true, 10).getFamily())
                .isEqualTo(
                        new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 10)
                                .getFamily());
    }

    private static float width(java.awt.Font font, String text) {
        return (float)
                font.getStringBounds(text, new java.awt.font.FontRenderContext(null, true, true))
                        .getWidth();
    }

    @Test
    void aRowIsAsTallAsTheCellThatWrapsToTheMostLines() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(workbook);
            XSSFSheet sheet = workbook.createSheet("s");
            sheet.setColumnWidth(0, 20 * 256);
            sheet.setColumnWidth(1, 80 * 256);
            sheet.setColumnWidth(2, 20 * 256);
            sheet.setColumnHidden(2, true);
            RowHeights heights = new RowHeights(workbook);
            float one = fitted(heights, sheet, styles, "", "One line.", "");
            float three = fitted(heights, sheet, styles, "", "First\nsecond\nthird", "");
            float wide = fitted(heights, sheet, styles, "", SENTENCE, "");
            float narrow = fitted(heights, sheet, styles, SENTENCE, "", "");
            float hidden = fitted(heights, sheet, styles, "", "", SENTENCE.repeat(5));

            float line = (three - one) / 2;
            assertThat(line)
                    .as("a line of Arial 10: ascent, descent and leading")
                    .isCloseTo(11.5f, within(0.1f));
            assertThat(lines(wide, one, line)).as("the sentence in 80 characters").isEqualTo(3);
            assertThat(lines(narrow, one, line))
                    .as("the sentence in 20 characters")
                    .isBetween(11, 12);
            assertThat(hidden).as("a hidden column does not count").isEqualTo(one);
            assertThat(one).as("one line of Arial 10 and a margin").isBetween(12.5f, 15f);
        }
    }

    @Test
    void aLongTextThatIsNotWrappedTakesOneLineAndNoRowIsTallerThanExcelAllows() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(workbook);
            XSSFSheet sheet = workbook.createSheet("s");
            sheet.setColumnWidth(0, 10 * 256);
            RowHeights heights = new RowHeights(workbook);
            Row unwrapped = sheet.createRow(0);
            SideSheets.cell(unwrapped, 0, SENTENCE, styles.locked);
            heights.fit(unwrapped);
            Row huge = sheet.createRow(1);
            SideSheets.cell(huge, 0, SENTENCE.repeat(40), styles.lockedWrapped);
            heights.fit(huge);

            assertThat(unwrapped.getHeightInPoints()).isBetween(12.5f, 15f);
            assertThat(huge.getHeightInPoints()).isEqualTo(RowHeights.MAX_HEIGHT);
        }
    }

    @Test
    void everyRowOfEveryPrintedSheetHasAnExplicitHeightAndTheHeaderOfTheTranslationSheetItsOwn()
            throws IOException {
        Path xlsx = dir.resolve("sample.en-ru.xlsx");
        new WorksheetWriter()
                .write(
                        SampleDocument.document(),
                        SampleDocument.glossary(),
                        WorksheetWriterTest.OPTIONS,
                        xlsx);
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (String name : List.of("en-ru", "Glossary", "Instructions", "Progress")) {
                Sheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPhysicalNumberOfRows()).as(name).isGreaterThan(1);
                for (Row row : sheet) {
                    assertThat(((XSSFRow) row).getCTRow().getCustomHeight())
                            .as(name + " row " + row.getRowNum())
                            .isTrue();
                    assertThat(row.getHeightInPoints())
                            .as(name + " row " + row.getRowNum())
                            .isGreaterThan(12f);
                }
            }
            Sheet translation = workbook.getSheet("en-ru");
            float tallest = 0;
            for (Row row : translation) {
                tallest = Math.max(tallest, row.getHeightInPoints());
            }
            assertThat(tallest)
                    .as("a wrapped row of the sample is taller than one line")
                    .isGreaterThan(2 * translation.getRow(0).getHeightInPoints());
        }
    }

    private static int lines(float height, float one, float line) {
        return Math.round((height - one) / line) + 1;
    }

    private static float fitted(
            RowHeights heights, Sheet sheet, CellStyles styles, String... texts) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int c = 0; c < texts.length; c++) {
            SideSheets.cell(row, c, texts[c], styles.lockedWrapped);
        }
        heights.fit(row);
        return row.getHeightInPoints();
    }
}
