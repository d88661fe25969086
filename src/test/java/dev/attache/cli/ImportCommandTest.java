package dev.attache.cli;

import static dev.attache.cli.ExportedWorksheet.SOURCE;
import static dev.attache.cli.ExportedWorksheet.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir Path dir;
    private Path xliff;
    private Path worksheet;
    private ExportedWorksheet sheet;

    @BeforeEach
    void prepare() {
        sheet = ExportedWorksheet.in(dir);
        xliff = sheet.xliff();
        worksheet = sheet.worksheet();
    }

    private CliRun importSheet(String... options) {
        String[] args = new String[options.length + 6];
        args[0] = "import";
        args[1] = worksheet.toString();
        args[2] = "--xliff";
        args[3] = xliff.toString();
        args[4] = "--tm";
        args[5] = dir.resolve("tm").toString();
        System.arraycopy(options, 0, args, 6, options.length);
        return CliRun.of(args);
    }

    @Test
    void aFilledRowGoesInAndThePreviousXliffIsKept() throws IOException {
        String before = Files.readString(xliff);
        sheet.type("p4.s1", TARGET, "Господин Алиев,");

        CliRun run = importSheet();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains(
                        "applied 1, unchanged 0, empty 26, rejected 0, conflicts 0, QA findings 0")
                .contains("wrote " + xliff);
        assertThat(Files.readString(xliff)).contains(">Господин Алиев,</mrk>");
        assertThat(Files.readString(Path.of(xliff + ".bak"))).isEqualTo(before);
    }

    @Test
    void failOnChoosesWhichQaFindingsMakeAnImportThatAppliedEveryRowExitFour() throws IOException {
        sheet.type("p4.s1", TARGET, "Господин  Алиев,");

        int byDefault = importSheet("--dry-run", "--checks", "mechanical").exitCode();
        int onError =
                importSheet("--dry-run", "--checks", "mechanical", "--fail-on", "error").exitCode();
        int onWarning =
                importSheet("--dry-run", "--checks", "mechanical", "--fail-on", "warning")
                        .exitCode();

        assertThat(byDefault)
                .as("every row applied, a QA warning: import && merge goes on")
                .isZero();
        assertThat(onError).as("no QA error").isZero();
        assertThat(onWarning).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void forceIsNoImportOptionAndSaysWhatOverwritesFinalSegments() {
        CliRun run = importSheet("--force");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith(
                        "error: import replaces no output, so it takes no --force; "
                                + "--overwrite-final overwrites segments that are Final in the XLIFF file");
    }

    @Test
    void theChecksOfFormRunOnTheChangedTargets() throws IOException {
        sheet.type("p8.s1", TARGET, "Мы мы заинтересованы в развитии культурных связей.");
        sheet.type("p8.s2", TARGET, "У нас много «памятных дат.");
        sheet.type(
                "p8.s5",
                TARGET,
                "Together with our Azerbaijani friends, we plan a series of events.");

        CliRun run =
                importSheet("--checks", "mechanical,quotes,script", "--json", "--fail-on", "error");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        List<String> found = new ArrayList<>();
        JsonOutputTest.JSON
                .readTree(run.out())
                .get("findings")
                .forEach(
                        f ->
                                found.add(
                                        f.get("segment").asText()
                                                + " "
                                                + f.get("check").asText()
                                                + " "
                                                + f.get("kind").asText()));
        assertThat(found)
                .containsExactly(
                        "p8.s1 mechanical doubled-word",
                        "p8.s2 quotes unclosed",
                        "p8.s5 script wrong-script");
    }

    @Test
    void theRowsThatWentInAreAddedToTheMemoryUnlessNoTm() throws IOException {
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        sheet.type("p2.s1", TARGET, "27 февраля 2023 года 20:59");

        CliRun dry = importSheet("--dry-run");
        assertThat(dry.err()).doesNotContain("memory");
        assertThat(dir.resolve("tm")).doesNotExist();
        CliRun run = importSheet();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("memory " + dir.resolve("tm") + ": added 2 pairs");
        CliRun lookup =
                CliRun.of(
                        "tm",
                        "lookup",
                        "Mr Aliyev,",
                        "-t",
                        "ru",
                        "--tm",
                        dir.resolve("tm").toString());
        assertThat(lookup.out()).contains("Господин Алиев,");

        Path other = dir.resolve("other-tm");
        assertThat(
                        CliRun.of("export", xliff.toString(), "-o", worksheet.toString(), "--force")
                                .exitCode())
                .isZero();
        sheet.type("p4.s1", TARGET, "Уважаемый господин Алиев,");
        CliRun none =
                CliRun.of(
                        "import",
                        worksheet.toString(),
                        "--xliff",
                        xliff.toString(),
                        "--no-tm",
                        "--overwrite-final");
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(none.err()).contains("applied 1").doesNotContain("memory");
        assertThat(other).doesNotExist();
        assertThat(Path.of("tm")).as("nothing added to the project's own memory").doesNotExist();
    }

    @Test
    void anEditedSourceIsRejectedWithItsRowAndChangesNothing() throws IOException {
        String before = Files.readString(xliff);
        sheet.type("p4.s1", SOURCE, "Mr President,");
        sheet.type("p4.s1", TARGET, "Господин Президент,");

        CliRun run = importSheet();

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.err()).containsPattern("error: .*x\\.en-ru\\.xlsx!en-ru:4: .*source");
        assertThat(run.err()).contains("rejected 1");
        assertThat(Files.readString(xliff)).isEqualTo(before);
    }

    @Test
    void aFormulaIsRejected() throws IOException {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(worksheet)) {
            workbook = new XSSFWorkbook(in);
        }
        workbook.getSheet("en-ru").getRow(4).getCell(TARGET).setCellFormula("1+1");
        try (OutputStream out = Files.newOutputStream(worksheet)) {
            workbook.write(out);
        }
        workbook.close();

        CliRun run = importSheet();

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.err()).containsPattern("error: .*!en-ru:5: .*formula");
    }

    @Test
    void dryRunAndStrictWriteNothing() throws IOException {
        String before = Files.readString(xliff);
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        sheet.type("p5.s1", SOURCE, "Edited.");
        sheet.type("p5.s1", TARGET, "Правка.");

        CliRun dry = importSheet("--dry-run");
        CliRun strict = importSheet("--strict");

        assertThat(dry.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(dry.err()).contains("applied 1").contains("wrote nothing (dry run)");
        assertThat(strict.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(strict.err()).contains("wrote nothing (--strict");
        assertThat(Files.readString(xliff)).isEqualTo(before);
        assertThat(Path.of(xliff + ".bak")).doesNotExist();
    }

    @Test
    void theReportHasEveryRowsVerdictAndItsFindings() throws IOException {
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        sheet.type(
                "p5.s2",
                TARGET,
                "Он лично уделяет пристальное внимание развитию нашего союзного взаимодействия.");
        Path report = dir.resolve("report.json");

        CliRun run = importSheet("--report", report.toString());

        assertThat(run.exitCode())
                .as("every row went in: QA errors alone exit 0 by default")
                .isZero();
        assertThat(run.err())
                .containsPattern("error: .*!en-ru:6: p5\\.s2: .*союзное взаимодействие");
        String json = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"segment\" : \"p4.s1\"")
                .contains("\"verdict\" : \"applied\"")
                .contains("\"kind\" : \"deprecated-term\"")
                .contains("\"kind\" : \"missing-term\"");
        assertThat(json).contains("\"check\" : \"terms\"");
        assertThat(json.split("\"findings\" : \\[ ]", -1))
                .as("rows without findings have an empty findings")
                .hasSizeGreaterThan(20);
    }

    @Test
    void anExistingReportIsNeverReplacedWhateverTheOptionsAndNothingIsImported()
            throws IOException {
        String before = Files.readString(xliff);
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        Path report = dir.resolve("import.html");
        Files.writeString(report, "the report of yesterday's import", StandardCharsets.UTF_8);

        for (String[] options : new String[][] {{}, {"--overwrite-final"}, {"--dry-run"}}) {
            String[] args =
                    Stream.concat(Arrays.stream(options), Stream.of("--report", report.toString()))
                            .toArray(String[]::new);

            CliRun run = importSheet(args);

            assertThat(run.exitCode()).as(String.join(" ", options)).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err())
                    .isEqualTo(
                            "error: "
                                    + report
                                    + ": exists (the report of an earlier import?): name "
                                    + "another report file, or move this one away"
                                    + System.lineSeparator());
            assertThat(Files.readString(report, StandardCharsets.UTF_8))
                    .isEqualTo("the report of yesterday's import");
            assertThat(Files.readString(xliff)).isEqualTo(before);
            assertThat(Path.of(xliff + ".bak")).doesNotExist();
            assertThat(Path.of(report + ".bak")).doesNotExist();
        }
    }

    @Test
    void jsonSaysWhatTheImportDidInTheDocumentedShape() throws IOException {
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        sheet.type(
                "p5.s2",
                TARGET,
                "Он лично уделяет пристальное внимание развитию нашего союзного взаимодействия.");
        sheet.type("p6.s1", SOURCE, "Edited.");
        sheet.type("p6.s1", TARGET, "Правка.");

        CliRun run = importSheet("--json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.err()).as("problems still go to stderr").contains("error: ");
        JsonNode json = JsonOutputTest.JSON.readTree(run.out());
        assertThat(JsonOutputTest.keys(json))
                .containsExactly(
                        "format",
                        "version",
                        "worksheet",
                        "xliff",
                        "dryRun",
                        "written",
                        "glossaryChanged",
                        "counts",
                        "issues",
                        "findings",
                        "memory");
        assertThat(json.get("format").asText()).isEqualTo("attache-import");
        assertThat(json.get("version").asInt()).isEqualTo(2);
        assertThat(json.get("xliff").asText()).isEqualTo(xliff.toString());
        assertThat(json.get("written").asBoolean()).isTrue();
        assertThat(JsonOutputTest.keys(json.get("counts")))
                .containsExactly(
                        "applied",
                        "unchanged",
                        "empty",
                        "rejected",
                        "conflicts",
                        "warnings",
                        "findings");
        assertThat(json.get("counts").get("applied").asInt()).isEqualTo(2);
        assertThat(json.get("counts").get("rejected").asInt()).isEqualTo(1);
        JsonNode issue = json.get("issues").get(0);
        assertThat(JsonOutputTest.keys(issue))
                .containsExactly("location", "kind", "severity", "message");
        assertThat(issue.get("location").asText()).endsWith("!en-ru:7");
        assertThat(issue.get("severity").asText()).isEqualTo("error");
        JsonNode finding = json.get("findings").get(0);
        assertThat(JsonOutputTest.keys(finding))
                .containsExactly(
                        "location",
                        "segment",
                        "unit",
                        "check",
                        "severity",
                        "kind",
                        "concept",
                        "message");
        assertThat(finding.get("location").asText()).endsWith("!en-ru:6");
        assertThat(finding.get("segment").asText()).isEqualTo("p5.s2");
        assertThat(json.get("memory").get("folder").asText())
                .isEqualTo(dir.resolve("tm").toString());
        assertThat(json.get("memory").get("added").asInt()).as("p5.s2 has a QA error").isEqualTo(1);
        assertThat(json.get("memory").get("keptOutNeedsReview").asInt()).isZero();
        assertThat(json.get("memory").get("keptOutQaErrors").asInt()).isEqualTo(1);
        assertThat(run.err()).as("no summary lines beside the JSON").doesNotContain("applied 2,");
    }

    @Test
    void jsonOfADryRunHasNoMemory() throws IOException {
        sheet.type("p4.s1", TARGET, "Господин Алиев,");

        CliRun run = importSheet("--dry-run", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonOutputTest.JSON.readTree(run.out());
        assertThat(json.get("dryRun").asBoolean()).isTrue();
        assertThat(json.get("written").asBoolean()).isFalse();
        assertThat(json.get("memory").isNull()).isTrue();
        assertThat(json.get("issues")).isEmpty();
    }

    @Test
    void aWorksheetImportedEditedFurtherAndImportedAgainGoesInWithoutConflict() throws IOException {
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        CliRun first = importSheet();
        sheet.type("p4.s1", TARGET, "Уважаемый господин Алиев,");
        sheet.type("p2.s1", TARGET, "27 февраля 2023 года 20:59");

        CliRun second = importSheet();
        CliRun third = importSheet();

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err().lines())
                .as("no problem, only the summary")
                .noneMatch(l -> l.matches("^(error|warning): .*"));
        assertThat(second.err())
                .contains("applied 2, unchanged 0, empty 25, rejected 0, conflicts 0");
        assertThat(Files.readString(xliff))
                .contains(">Уважаемый господин Алиев,</mrk>")
                .contains("<context context-type=\"x-imported-s1\">");
        assertThat(third.exitCode()).as(third.err()).isZero();
        assertThat(third.err())
                .contains("applied 0, unchanged 2, empty 25")
                .contains("wrote nothing (nothing changed)");
    }

    @Test
    void whatAnImportRemembersSurvivesAConversionTo21AndBack() throws IOException {
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        assertThat(importSheet().exitCode()).isZero();
        Path v21 = Files.createDirectories(dir.resolve("v21")).resolve(xliff.getFileName());
        Path v12 = Files.createDirectories(dir.resolve("v12")).resolve(xliff.getFileName());
        assertThat(CliRun.of("convert", xliff.toString(), "-o", v21.toString()).exitCode())
                .isZero();
        sheet.type("p4.s1", TARGET, "Уважаемый господин Алиев,");

        CliRun into21 =
                CliRun.of("import", worksheet.toString(), "--xliff", v21.toString(), "--no-tm");
        CliRun back = CliRun.of("convert", v21.toString(), "-o", v12.toString());
        CliRun into12 =
                CliRun.of("import", worksheet.toString(), "--xliff", v12.toString(), "--no-tm");

        assertThat(Files.readString(v21)).contains("<mda:metaGroup category=\"attache:imported\">");
        assertThat(into21.exitCode()).as(into21.err()).isZero();
        assertThat(into21.err()).contains("applied 1, unchanged 0");
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(into12.exitCode()).as(into12.err()).isZero();
        assertThat(into12.err())
                .as("2.1's record of the second import came back to 1.2")
                .contains("applied 0, unchanged 1")
                .contains("wrote nothing (nothing changed)");
    }

    @Test
    void aRowChangedMeanwhileByAnotherWorksheetIsAConflictThatPreferWorksheetResolves()
            throws IOException {
        ExportedWorksheet other = new ExportedWorksheet(xliff, dir.resolve("reviewer.en-ru.xlsx"));
        assertThat(
                        CliRun.of("export", xliff.toString(), "-o", other.worksheet().toString())
                                .exitCode())
                .isZero();
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        assertThat(importSheet().exitCode()).isZero();
        other.type("p4.s1", TARGET, "Уважаемый господин Президент,");
        String[] importOther = {
            "import", other.worksheet().toString(), "--xliff", xliff.toString(), "--no-tm"
        };

        CliRun conflict = CliRun.of(importOther);
        CliRun preferred =
                CliRun.of(
                        java.util.stream.Stream.concat(
                                        java.util.Arrays.stream(importOther),
                                        java.util.stream.Stream.of("--prefer-worksheet"))
                                .toArray(String[]::new));
        CliRun mineAgain = importSheet();

        assertThat(conflict.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(conflict.err().lines().findFirst())
                .hasValue(
                        "error: "
                                + other.worksheet()
                                + "!en-ru:4: the translation of 'p4.s1' "
                                + "was changed both in x.en-ru.xlf and in the worksheet since the worksheet's export or last import; "
                                + "the XLIFF's version was kept (import again with --prefer-worksheet to put the worksheet's in, or "
                                + "export a fresh worksheet to go on from the XLIFF's)");
        assertThat(preferred.exitCode()).as(preferred.err()).isZero();
        assertThat(preferred.err())
                .startsWith("warning: " + other.worksheet() + "!en-ru:4: ")
                .contains("(--prefer-worksheet)");
        assertThat(mineAgain.exitCode())
                .as("my row is as my import left it: the reviewer's change stays")
                .isZero();
        assertThat(mineAgain.err().lines())
                .as("no problem, only the summary")
                .noneMatch(l -> l.matches("^(error|warning): .*"));
        String xml = Files.readString(xliff);
        assertThat(xml)
                .contains(">Уважаемый господин Президент,</mrk>")
                .contains(
                        "<note from=\"attache\">p4.s1: "
                                + "translation replaced by the worksheet reviewer.en-ru.xlsx (--prefer-worksheet): \"Господин Алиев,"
                                + "\" (translated)</note>");
    }

    @Test
    void aWorksheetMadeForAnotherXliffIsRefusedAsAWhole() {
        Path other = dir.resolve("x.en-az.xlf");
        CliRun.of(
                "segment",
                SegmentCommandTest.SHIPPED.toString(),
                "-t",
                "az",
                "-o",
                other.toString());

        CliRun run = CliRun.of("import", worksheet.toString(), "--xliff", other.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("error: " + worksheet);
    }

    @Test
    void aFileThatIsNotAWorksheetIsBadInput() throws IOException {
        Path notOurs =
                Files.writeString(dir.resolve("notes.xlsx"), "hello", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import", notOurs.toString(), "--xliff", xliff.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("error: " + notOurs);
    }
}
