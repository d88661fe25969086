package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The shipped transcript segmented into Russian ({@code x.en-ru.xlf}) and exported to its worksheet
 * ({@code x.en-ru.xlsx}) in a test's folder, and a translator typing into that sheet.
 */
record ExportedWorksheet(Path xliff, Path worksheet) {
    static final int ID = 1;
    static final int SOURCE = 2;
    static final int TARGET = 3;

    /** Runs {@code segment} and {@code export} in {@code dir}; both must succeed. */
    static ExportedWorksheet in(Path dir) {
        Path xliff = dir.resolve("x.en-ru.xlf");
        Path worksheet = dir.resolve("x.en-ru.xlsx");
        assertThat(
                        CliRun.of(
                                        "segment",
                                        SegmentCommandTest.SHIPPED.toString(),
                                        "-t",
                                        "ru",
                                        "-o",
                                        xliff.toString())
                                .exitCode())
                .isZero();
        assertThat(CliRun.of("export", xliff.toString(), "-o", worksheet.toString()).exitCode())
                .isZero();
        return new ExportedWorksheet(xliff, worksheet);
    }

    /**
     * Types {@code text} into column {@code column} of the row whose ID is {@code id}, as a
     * translator would.
     */
    void type(String id, int column, String text) throws IOException {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(worksheet)) {
            workbook = new XSSFWorkbook(in);
        }
        for (Row row : workbook.getSheet("en-ru")) {
            if (row.getCell(ID) != null && row.getCell(ID).getStringCellValue().equals(id)) {
                row.getCell(column).setCellValue(text);
            }
        }
        try (OutputStream out = Files.newOutputStream(worksheet)) {
            workbook.write(out);
        }
        workbook.close();
    }
}
