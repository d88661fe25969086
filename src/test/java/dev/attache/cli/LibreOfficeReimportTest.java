package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.InstalledApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translator's day in LibreOffice Calc: part of the work imported, the same worksheet edited
 * further in Calc and imported again, twice, through the real command line. Only a row whose
 * translation was also changed in the XLIFF file meanwhile is a conflict, and {@code
 * --prefer-worksheet} puts the sheet's in.
 */
class LibreOfficeReimportTest {
    private static final Path FILL =
            Path.of("src/test/resources/dev/attache/worksheet/fill_worksheet.py");
    private static final String TARGET = "Target (ru)";

    @TempDir Path dir;
    private Path xliff;

    /**
     * Calc opens {@code in}, types each edit (ID, column, text) as a translator would, and saves
     * {@code out}.
     */
    private void calc(Path in, Path out, String... edits) throws IOException, InterruptedException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < edits.length; i += 3) {
            lines.append(edits[i])
                    .append('\t')
                    .append(edits[i + 1])
                    .append('\t')
                    .append(edits[i + 2])
                    .append('\n');
        }
        Path editFile =
                Files.writeString(
                        dir.resolve(out.getFileName() + ".tsv"), lines, StandardCharsets.UTF_8);
        String log =
                InstalledApplication.run(
                        List.of(
                                "/usr/bin/python3",
                                FILL.toAbsolutePath().toString(),
                                in.toString(),
                                out.toString(),
                                editFile.toString()),
                        dir);
        System.out.println("LibreOffice typed into " + out.getFileName() + ":\n" + log);
    }

    private CliRun importSheet(Path sheet, String... options) {
        return CliRun.of(
                Stream.concat(
                                Stream.of(
                                        "import",
                                        sheet.toString(),
                                        "--xliff",
                                        xliff.toString(),
                                        "--no-tm",
                                        "--no-glossary"),
                                Stream.of(options))
                        .toArray(String[]::new));
    }

    @Test
    void aWorksheetEditedInCalcBetweenImportsGoesInEachTimeAndOnlyARealConflictIsOne()
            throws Exception {
        InstalledApplication.require("soffice", "libreoffice-calc python3-uno");
        ExportedWorksheet exported = ExportedWorksheet.in(dir);
        xliff = exported.xliff();
        Path morning = dir.resolve("morning.xlsx");
        Path noon = dir.resolve("noon.xlsx");
        Path evening = dir.resolve("evening.xlsx");

        calc(
                exported.worksheet(),
                morning,
                "p4.s1",
                TARGET,
                "Господин Алиев,",
                "p2.s1",
                TARGET,
                "27 февраля 2023 года 20:59");
        CliRun first = importSheet(morning);
        calc(
                morning,
                noon,
                "p4.s1",
                TARGET,
                "Уважаемый господин Алиев,",
                "p4.s1",
                "Status",
                "Final",
                "p5.s2",
                TARGET,
                "Он лично уделяет пристальное внимание развитию нашего союзнического взаимодействия.");
        CliRun second = importSheet(noon);
        CliRun secondAgain = importSheet(noon);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err())
                .contains("applied 2, unchanged 0, empty 25, rejected 0, conflicts 0");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err().lines())
                .as("no problem")
                .noneMatch(l -> l.matches("^(error|warning): .*"));
        assertThat(second.err())
                .contains("applied 2, unchanged 1, empty 24, rejected 0, conflicts 0");
        assertThat(secondAgain.err())
                .contains("applied 0, unchanged 3")
                .contains("wrote nothing (nothing changed)");
        assertThat(Files.readString(xliff))
                .contains(">Уважаемый господин Алиев,</mrk></target>")
                .contains("state=\"final\"");

        String byHand =
                Files.readString(xliff)
                        .replace(">27 февраля 2023 года 20:59<", ">27 февраля 2023 г., 20:59<");
        Files.writeString(xliff, byHand);
        calc(
                noon,
                evening,
                "p2.s1",
                TARGET,
                "27.02.2023, 20:59",
                "p4.s1",
                TARGET,
                "Господин Президент,");
        CliRun third = importSheet(evening);
        CliRun resolved = importSheet(evening, "--prefer-worksheet");

        assertThat(third.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(third.err().lines().findFirst())
                .hasValue(
                        "error: "
                                + evening
                                + "!en-ru:3: the translation of 'p2.s1' was changed "
                                + "both in x.en-ru.xlf and in the worksheet since the worksheet's export or last import; the XLIFF's "
                                + "version was kept (import again with --prefer-worksheet to put the worksheet's in, or export a fresh"
                                + " worksheet to go on from the XLIFF's)");
        assertThat(third.err())
                .as("the segment this sheet made final is its to change again")
                .contains("applied 1, unchanged 1, empty 24, rejected 0, conflicts 1");
        assertThat(resolved.exitCode()).as(resolved.err()).isZero();
        assertThat(resolved.err())
                .contains("applied 1, unchanged 2, empty 24, rejected 0, conflicts 0");
        assertThat(Files.readString(xliff))
                .contains(">27.02.2023, 20:59</mrk>")
                .contains(">Господин Президент,</mrk>")
                .contains(
                        "(--prefer-worksheet): \"27 февраля 2023 г., 20:59\" (translated)</note>");
    }
}
