package dev.attache.report;

import dev.attache.Severity;
import dev.attache.reimport.Counts;
import dev.attache.reimport.ImportIssue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Writes the HTML report of one import ({@code import --report FILE.html}), in the frame of the
 * {@code report} page: the rows by outcome as a stacked bar, then every rejected row with its
 * reason, every conflict side by side (the XLIFF's translation, which was kept, and the
 * worksheet's), the QA findings (terms, numbers, mechanical, quotes, script) grouped by kind, and
 * the warnings.
 */
public final class ImportPage {
    static final String TITLE = "Import report";

    public void write(ImportReport report, OutputStream out) throws IOException {
        HtmlReportPage page = new HtmlReportPage(TITLE);
        Element body = page.body();
        body.appendElement("p")
                .addClass("files")
                .text("Worksheet " + report.worksheet() + " into " + report.xliff() + ".");
        body.appendElement("p").addClass("written").text(report.written().sentence());
        Counts counts = report.result().counts();
        Element outcome = body.appendElement("section").id("outcome");
        outcome.appendElement("h2").text("Rows by outcome");
        StackedBar.append(
                outcome,
                "Rows",
                "rows",
                List.of(
                        new StackedBar.Part("outcome-applied", "applied", counts.applied()),
                        new StackedBar.Part("outcome-unchanged", "unchanged", counts.unchanged()),
                        new StackedBar.Part("outcome-empty", "empty", counts.empty()),
                        new StackedBar.Part("outcome-rejected", "rejected", counts.rejected()),
                        new StackedBar.Part(
                                "outcome-conflict", "in conflict", counts.conflicts())));
        rejected(
                body,
                report.result().issues().stream()
                        .filter(
                                i ->
                                        i.severity() == Severity.ERROR
                                                && !(i instanceof ImportIssue.Conflict))
                        .toList());
        conflicts(body, report.conflicts());
        termQa(body, report.termQa());
        warnings(
                body,
                report.result().issues().stream()
                        .filter(i -> i.severity() == Severity.WARNING)
                        .toList());
        page.writeTo(out);
    }

    private static void rejected(Element body, List<ImportIssue> rejected) {
        section(
                        body,
                        "rejected",
                        "Rejected rows",
                        rejected.size(),
                        "No row was rejected.",
                        List.of("Row", "Kind", "Reason"))
                .ifPresent(table -> issueRows(table, rejected));
    }

    private static void conflicts(Element body, List<ImportReport.ConflictSides> conflicts) {
        section(
                        body,
                        "conflicts",
                        "Conflicts",
                        conflicts.size(),
                        "No conflict.",
                        List.of(
                                "Row",
                                "Segment",
                                "In the XLIFF file (kept)",
                                "In the worksheet (not imported)"))
                .ifPresent(
                        table -> {
                            table.parent().addClass("side-by-side");
                            for (ImportReport.ConflictSides sides : conflicts) {
                                Element row = table.appendElement("tr");
                                row.appendElement("td")
                                        .text(sides.conflict().location().toString());
                                row.appendElement("td").text(sides.conflict().id());
                                row.appendElement("td")
                                        .addClass("xliff-side")
                                        .text(sides.xliffTarget());
                                row.appendElement("td")
                                        .addClass("sheet-side")
                                        .text(sides.sheetTarget());
                            }
                        });
    }

    private static void termQa(Element body, List<ImportReport.RowFinding> findings) {
        section(
                        body,
                        "term-qa",
                        "QA findings",
                        findings.size(),
                        "QA (terms, numbers, mechanical, quotes, script) found nothing in the changed targets.",
                        List.of("Row", "Segment", "Check", "Kind", "Severity", "Finding"))
                .ifPresent(
                        table ->
                                findings.stream()
                                        .sorted(
                                                Comparator.comparing(
                                                                (ImportReport.RowFinding f) ->
                                                                        f.finding().check())
                                                        .thenComparing(f -> f.finding().kind()))
                                        .forEach(
                                                finding -> {
                                                    Element row =
                                                            table.appendElement("tr")
                                                                    .attr(
                                                                            "data-check",
                                                                            finding.finding()
                                                                                    .check())
                                                                    .attr(
                                                                            "data-kind",
                                                                            finding.finding()
                                                                                    .kind())
                                                                    .addClass(
                                                                            "severity-"
                                                                                    + finding.finding()
                                                                                            .severity()
                                                                                            .word());
                                                    row.appendElement("td")
                                                            .text(finding.location());
                                                    row.appendElement("td").text(finding.segment());
                                                    row.appendElement("td")
                                                            .text(finding.finding().check());
                                                    row.appendElement("td")
                                                            .text(finding.finding().kind());
                                                    row.appendElement("td")
                                                            .text(
                                                                    finding.finding()
                                                                            .severity()
                                                                            .word());
                                                    row.appendElement("td")
                                                            .text(finding.finding().message());
                                                }));
    }

    private static void warnings(Element body, List<ImportIssue> warnings) {
        section(
                        body,
                        "warnings",
                        "Warnings",
                        warnings.size(),
                        "No warning.",
                        List.of("Place", "Kind", "Warning"))
                .ifPresent(table -> issueRows(table, warnings));
    }

    private static void issueRows(Element table, List<ImportIssue> issues) {
        for (ImportIssue issue : issues) {
            Element row = table.appendElement("tr").attr("data-kind", issue.kind());
            row.appendElement("td").text(issue.location().toString());
            row.appendElement("td").text(issue.kind());
            row.appendElement("td").text(issue.message());
        }
    }

    /**
     * A section {@code <h2>Title: n</h2>}: with a table whose body is returned for the rows, or,
     * when there is nothing ({@code count} 0), with the sentence {@code none} instead.
     */
    private static Optional<Element> section(
            Element body, String id, String title, int count, String none, List<String> columns) {
        Element section = body.appendElement("section").id(id);
        section.appendElement("h2").text(String.format(Locale.ROOT, "%s: %d", title, count));
        if (count == 0) {
            section.appendElement("p").addClass("empty-note").text(none);
            return Optional.empty();
        }
        Element table = section.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        columns.forEach(column -> head.appendElement("th").text(column));
        return Optional.of(table.appendElement("tbody"));
    }
}
