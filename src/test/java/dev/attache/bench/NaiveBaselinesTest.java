package dev.attache.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The naive baselines do the job they stand for, on the shipped transcript: a sheet with term runs,
 * and its import.
 */
class NaiveBaselinesTest {
    private static final Path SHIPPED = Path.of("transcripts/lavrov-aliyev-2023-02-27.en.txt");

    @Test
    void naivePrepareWritesASheetWithBoldTermsAndNaiveImportPutsItsTargetsIntoTheXliff(
            @TempDir Path dir) throws Exception {
        Path xliff = dir.resolve("naive.xlf");
        Path sheet = dir.resolve("naive.xlsx");
        NaivePrepareBaseline.main(
                new String[] {SHIPPED.toString(), xliff.toString(), sheet.toString()});

        Path filled = dir.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(sheet);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet rows = workbook.getSheet("en-ru");
            assertThat(rows.getLastRowNum()).isGreaterThan(20);
            Row first = rows.getRow(1);
            XSSFRichTextString source =
                    (XSSFRichTextString) first.getCell(2).getRichStringCellValue();
            assertThat(source.getString())
                    .startsWith("Foreign Minister Sergey Lavrov's opening remarks");
            XSSFFont termFont = source.getFontAtIndex(0);
            assertThat(termFont.getBold()).isTrue();
            XSSFFont plain = source.getFontAtIndex(source.getString().indexOf(" at a meeting"));
            assertThat(plain == null || !plain.getBold())
                    .as("the text between terms is not bold")
                    .isTrue();
            assertThat(first.getCell(5).getStringCellValue()).contains("Foreign Minister → ");
            for (Row row : rows) {
                if (row.getRowNum() > 0) {
                    row.getCell(3).setCellValue("«" + row.getCell(1).getStringCellValue() + "»");
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        Map<String, String> targets = NaiveImportBaseline.targets(filled, "en-ru");
        assertThat(targets).containsEntry("1.0", "«1.0»");

        Path imported = dir.resolve("imported.xlf");
        NaiveImportBaseline.main(
                new String[] {filled.toString(), xliff.toString(), imported.toString()});
        String out = Files.readString(imported, StandardCharsets.UTF_8);
        assertThat(out)
                .contains(
                        "<target xml:lang=\"ru\"><mrk mid=\"0\" mtype=\"seg\">«1.0»</mrk></target>");
        assertThat(targets.values()).allSatisfy(target -> assertThat(out).contains(target));
    }
}
