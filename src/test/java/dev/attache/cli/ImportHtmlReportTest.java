package dev.attache.cli;

import static dev.attache.cli.ExportedWorksheet.SOURCE;
import static dev.attache.cli.ExportedWorksheet.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.SegmentId;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.xliff.XliffFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --report FILE.html}: a page with every rejected row, every conflict side by side,
 * the QA findings.
 */
class ImportHtmlReportTest {
    private static final String DEPRECATED =
            "Он лично уделяет пристальное внимание развитию нашего союзного взаимодействия.";

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

    /** Someone translates p4.s1 in the XLIFF file after the worksheet was exported. */
    private void translateInXliff(String target) {
        TranslationDocument document = XliffFiles.read(xliff);
        Unit p4 = document.unit("p4").orElseThrow();
        Unit changed =
                p4.with(
                        p4.segment(SegmentId.parse("p4.s1"))
                                .orElseThrow()
                                .withTarget(target, State.TRANSLATED));
        XliffFiles.write(
                document.withUnits(
                        document.units().stream()
                                .map(u -> u.id().equals("p4") ? changed : u)
                                .toList()),
                xliff,
                false);
    }

    /**
     * An import with a conflict (p4.s1), a rejected row (p5.s1) and a deprecated term (p5.s2); its
     * HTML report.
     */
    private Path importWithFindings() throws IOException {
        translateInXliff("Уважаемый господин Алиев,");
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        sheet.type("p5.s1", SOURCE, "Edited.");
        sheet.type("p5.s1", TARGET, "Правка <b>.");
        sheet.type("p5.s2", TARGET, DEPRECATED);
        Path report = dir.resolve("import.html");

        CliRun run = importReportingTo(report);

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        return report;
    }

    @Test
    void thePageShowsRejectedRowsConflictsSideBySideAndFindings() throws IOException {
        Document page = Jsoup.parse(importWithFindings().toFile(), "UTF-8");
        assertThat(page.title()).isEqualTo("Import report");
        assertThat(page.select("#outcome rect").eachAttr("class"))
                .containsExactly(
                        "outcome-applied", "outcome-empty", "outcome-rejected", "outcome-conflict");
        assertThat(page.select("#outcome rect").eachAttr("data-value"))
                .containsExactly("1", "24", "1", "1");

        assertThat(page.selectFirst("#rejected h2").text()).isEqualTo("Rejected rows: 1");
        Element rejected = page.selectFirst("#rejected tbody tr");
        assertThat(rejected.select("td").eachText())
                .containsExactly(
                        worksheet + "!en-ru:5",
                        "source-edited",
                        "the source text of 'p5.s1' was edited in the worksheet; the row was not imported");

        assertThat(page.selectFirst("#conflicts h2").text()).isEqualTo("Conflicts: 1");
        Element conflict = page.selectFirst("#conflicts tbody tr");
        assertThat(conflict.selectFirst("td.xliff-side").text())
                .isEqualTo("Уважаемый господин Алиев,");
        assertThat(conflict.selectFirst("td.sheet-side").text()).isEqualTo("Господин Алиев,");
        assertThat(conflict.select("td").get(1).text()).isEqualTo("p4.s1");

        assertThat(page.select("#term-qa tbody tr").eachAttr("data-kind"))
                .containsExactly("deprecated-term", "missing-term");
        assertThat(page.select("#term-qa tbody tr").eachAttr("data-check"))
                .containsExactly("terms", "terms");
        assertThat(page.select("#term-qa tbody tr td:eq(0)").eachText())
                .containsOnly(worksheet + "!en-ru:6");
        assertThat(page.select("script, [src], link")).isEmpty();
    }

    @Test
    void chromiumRendersThePageAsWritten() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require(dir);
        HeadlessChromium.Output output = chromium.dumpDom(importWithFindings());

        assertThat(output.consoleMessages())
                .as("no Content-Security-Policy violation, no failed load")
                .isEmpty();
        Document rendered = Jsoup.parse(output.stdout());
        assertThat(rendered.select("#conflicts td.xliff-side, #conflicts td.sheet-side").eachText())
                .containsExactly("Уважаемый господин Алиев,", "Господин Алиев,");
        assertThat(rendered.select("#outcome svg rect")).hasSize(4);
        assertThat(rendered.select("script")).isEmpty();
    }

    @Test
    void aCleanImportSaysSoInEachSection() throws IOException {
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        Path report = dir.resolve("import.htm");

        CliRun run = importReportingTo(report);

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document page = Jsoup.parse(report.toFile(), "UTF-8");
        assertThat(page.select("section h2").eachText())
                .containsExactly(
                        "Rows by outcome",
                        "Rejected rows: 0",
                        "Conflicts: 0",
                        "QA findings: 0",
                        "Warnings: 0");
        assertThat(page.select("section p.empty-note").eachText())
                .containsExactly(
                        "No row was rejected.",
                        "No conflict.",
                        "QA (terms, numbers, mechanical, quotes, script) found nothing in the changed targets.",
                        "No warning.");
        assertThat(page.selectFirst("p.written").text()).isEqualTo("The XLIFF file was written.");
    }

    @Test
    void aDryRunSaysNothingWasWrittenInBothReports() throws IOException {
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        String before = Files.readString(xliff);
        Path html = dir.resolve("dry.html");
        Path json = dir.resolve("dry.json");

        for (Path report : List.of(html, json)) {
            CliRun run = importReportingTo(report, "--dry-run");
            assertThat(run.exitCode()).as(run.err()).isZero();
        }

        assertThat(Files.readString(xliff)).isEqualTo(before);
        assertThat(Jsoup.parse(html.toFile(), "UTF-8").selectFirst("p.written").text())
                .isEqualTo(
                        "Dry run (--dry-run): nothing was written; this is what the import would do.");
        assertThat(Files.readString(json))
                .contains("\"dryRun\" : true")
                .contains("\"written\" : false");
    }

    @Test
    void theJsonReportIsStillChosenByItsExtension() throws IOException {
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        Path report = dir.resolve("import.JSON");

        CliRun run = importReportingTo(report);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(report))
                .startsWith("{")
                .contains("\"format\" : \"attache-import-report\"");
    }

    @Test
    void aReportOfAnotherKindIsAUsageErrorAndNothingIsImported() throws IOException {
        String before = Files.readString(xliff);
        sheet.type("p4.s1", TARGET, "Господин Алиев,");

        CliRun run = importReportingTo(dir.resolve("import.txt"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith(
                        "error: --report "
                                + dir.resolve("import.txt")
                                + ": a report file ends in .json or .html");
        assertThat(Files.readString(xliff)).isEqualTo(before);
        assertThat(dir.resolve("import.txt")).doesNotExist();
    }

    /**
     * {@code attache import} of the worksheet into the XLIFF file, without memory, with {@code
     * options}, reporting to {@code report}.
     */
    private CliRun importReportingTo(Path report, String... options) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "import",
                                worksheet.toString(),
                                "--xliff",
                                xliff.toString(),
                                "--no-tm"));
        args.addAll(List.of(options));
        args.add("--report");
        args.add(report.toString());
        return CliRun.of(args.toArray(String[]::new));
    }
}
