package dev.attache.cli;

import static dev.attache.cli.ExportedWorksheet.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25, the user's sequence: a row imported as Needs review with a deprecated term must not
 * become an exact match of the project memory for the next transcript; and an exact match with a
 * term error that is in the memory anyway (from a TMX file) is reported where it fills a target,
 * shown in the worksheet, and stops the import.
 */
class CleanMemoryTest {
    static final int STATUS = 4;
    static final int TM = 6;

    /** The shipped transcript's p5.s2. */
    static final String SOURCE =
            "He personally devotes close attention to developing our allied interaction.";

    static final String DEPRECATED =
            "Он лично уделяет пристальное внимание развитию нашего союзного взаимодействия.";

    @TempDir Path dir;

    @Test
    void aNeedsReviewRowWithADeprecatedTermIsKeptOutOfTheMemory() throws IOException {
        ExportedWorksheet sheet = ExportedWorksheet.in(dir);
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        sheet.type("p5.s2", TARGET, DEPRECATED);
        sheet.type("p5.s2", STATUS, "Needs review");
        Path tm = dir.resolve("tm");

        CliRun imported =
                CliRun.of(
                        "import",
                        sheet.worksheet().toString(),
                        "--xliff",
                        sheet.xliff().toString(),
                        "--tm",
                        tm.toString());

        assertThat(imported.err()).contains("союзного взаимодействия");
        assertThat(imported.err())
                .contains(
                        "memory "
                                + tm
                                + ": added 1 pairs; kept out 1 (needs review 1, QA errors 0)");
        Path next = dir.resolve("next.en-ru.xlf");
        CliRun segmented =
                CliRun.of(
                        "segment",
                        SegmentCommandTest.SHIPPED.toString(),
                        "-t",
                        "ru",
                        "-o",
                        next.toString(),
                        "--tm",
                        tm.toString());
        assertThat(segmented.exitCode()).as(segmented.err()).isZero();
        assertThat(segmented.err()).contains(": 1 exact,");
        assertThat(Files.readString(next))
                .contains("Господин Алиев,")
                .doesNotContain("союзного взаимодействия");
    }

    @Test
    void anExactMatchWithATermErrorIsReportedShownAndStopsTheImportWhenAskedTo()
            throws IOException {
        Path tmx = dir.resolve("old.tmx");
        Files.writeString(
                tmx,
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence"
                 o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/>
                <body><tu><tuv xml:lang="en"><seg>%s</seg></tuv><tuv xml:lang="ru"><seg>%s</seg></tuv></tu></body>
                </tmx>
                """
                        .formatted(SOURCE, DEPRECATED));
        Path tm = dir.resolve("tm");
        assertThat(CliRun.of("tm", "add", tmx.toString(), "--tm", tm.toString()).exitCode())
                .isZero();
        Path xliff = dir.resolve("x.en-ru.xlf");
        Path worksheet = dir.resolve("x.en-ru.xlsx");

        CliRun segmented =
                CliRun.of(
                        "segment",
                        SegmentCommandTest.SHIPPED.toString(),
                        "-t",
                        "ru",
                        "-o",
                        xliff.toString(),
                        "--tm",
                        tm.toString());
        CliRun exported =
                CliRun.of(
                        "export",
                        xliff.toString(),
                        "-o",
                        worksheet.toString(),
                        "--tm",
                        tm.toString());
        CliRun dryRun =
                CliRun.of(
                        "import",
                        worksheet.toString(),
                        "--xliff",
                        xliff.toString(),
                        "--tm",
                        tm.toString(),
                        "--dry-run");
        CliRun imported =
                CliRun.of(
                        "import",
                        worksheet.toString(),
                        "--xliff",
                        xliff.toString(),
                        "--tm",
                        tm.toString(),
                        "--fail-on",
                        "error");

        assertThat(segmented.exitCode()).as(segmented.err()).isZero();
        assertThat(segmented.err()).contains(": 1 exact,");
        assertThat(segmented.err())
                .contains("error: " + xliff + ": p5.s2: ")
                .contains("(from memory)")
                .contains("союзного взаимодействия");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(memoryCell(worksheet, "p5.s2"))
                .startsWith("100% exact (from memory) · QA: ")
                .contains("союзного взаимодействия");
        assertThat(dryRun.exitCode())
                .as("every row went in: QA errors alone exit 0 by default")
                .isZero();
        assertThat(dryRun.err()).contains("QA findings 2");
        assertThat(imported.exitCode())
                .as(imported.out() + imported.err())
                .isEqualTo(ExitCode.FINDINGS);
        assertThat(imported.err()).contains("applied 0,").contains("QA findings 2");
        assertThat(imported.err())
                .contains("error: ")
                .contains("p5.s2: ")
                .contains("союзного взаимодействия");
    }

    private static String memoryCell(Path worksheet, String id) throws IOException {
        try (InputStream in = Files.newInputStream(worksheet);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheet("en-ru")) {
                if (row.getCell(ExportedWorksheet.ID).getStringCellValue().equals(id)) {
                    return row.getCell(TM).getStringCellValue();
                }
            }
        }
        throw new AssertionError("no row " + id);
    }
}
