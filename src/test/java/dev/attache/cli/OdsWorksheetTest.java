package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.InstalledApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worksheet a translator saved in LibreOffice's own format (.ods), made here by LibreOffice from
 * a real exported worksheet: {@code import} refuses it with one line that says how to save it as
 * .xlsx, under its own name and renamed to .xlsx alike, and changes nothing.
 */
class OdsWorksheetTest {
    @TempDir Path dir;

    @Test
    void anOdsIsRefusedWithOneLineThatSaysWhatToDo() throws IOException, InterruptedException {
        InstalledApplication.require("soffice", "libreoffice-calc");
        ExportedWorksheet sheet = ExportedWorksheet.in(dir);
        sheet.type("p4.s1", ExportedWorksheet.TARGET, "Господин Алиев,");
        Path out = Files.createDirectory(dir.resolve("ods"));
        InstalledApplication.run(
                List.of(
                        "soffice",
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--convert-to",
                        "ods",
                        "--outdir",
                        out.toString(),
                        sheet.worksheet().toString()),
                dir);
        Path ods = out.resolve("x.en-ru.ods");
        Path renamed = Files.copy(ods, out.resolve("renamed.xlsx"));
        byte[] xliff = Files.readAllBytes(sheet.xliff());

        for (Path file : List.of(ods, renamed)) {
            CliRun run =
                    CliRun.of(
                            "import",
                            file.toString(),
                            "--xliff",
                            sheet.xliff().toString(),
                            "--no-tm");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err())
                    .isEqualTo(
                            "error: "
                                    + file
                                    + ": is an OpenDocument spreadsheet (.ods), not an "
                                    + ".xlsx: in LibreOffice Calc, save it with File > Save As as Excel 2007-365 (.xlsx) and import "
                                    + "that"
                                    + System.lineSeparator());
            assertThat(run.out()).isEmpty();
            assertThat(Files.readAllBytes(sheet.xliff())).isEqualTo(xliff);
            assertThat(Path.of(sheet.xliff() + ".bak")).doesNotExist();
        }
    }
}
