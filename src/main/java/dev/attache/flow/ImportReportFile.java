package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.AtomicFile;
import dev.attache.BadInputException;
import dev.attache.model.SegmentId;
import dev.attache.qa.SegmentFinding;
import dev.attache.reimport.ImportIssue;
import dev.attache.reimport.ImportReportWriter;
import dev.attache.reimport.ImportResult;
import dev.attache.reimport.XliffWrite;
import dev.attache.report.ImportPage;
import dev.attache.report.ImportReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report of one import ({@code import --report FILE}), in the format its name asks for: {@code
 * .json} the JSON report of every row's verdict, {@code .html} (or {@code .htm}) a page to look at.
 * Written atomically, and never over an existing file: that is the record of an earlier import, and
 * {@code import --force} is about Final segments, so it does not replace a report either.
 */
public record ImportReportFile(Path file) {
    /** The formats a report file may have, told apart by the file's extension. */
    public enum Format {
        JSON,
        HTML
    }

    public ImportReportFile {
        requireNonNull(file, "file");
        if (format(file).isEmpty()) {
            throw new IllegalArgumentException(file + " is neither .json nor .html");
        }
    }

    /**
     * The format a report file's name asks for; empty when it ends in neither {@code .json} nor
     * {@code .html}.
     */
    public static Optional<Format> format(Path file) {
        String name =
                file.getFileName() == null
                        ? ""
                        : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.of(Format.JSON);
        }
        return name.endsWith(".html") || name.endsWith(".htm")
                ? Optional.of(Format.HTML)
                : Optional.empty();
    }

    /** Refuses, before anything is read, a report file that exists already. */
    void refuseExisting() {
        if (Files.exists(file)) {
            throw new BadInputException(
                    file,
                    "exists (the report of an earlier import?): name another report file, "
                            + "or move this one away");
        }
    }

    /**
     * Writes the report of importing {@code sheet} into {@code xliff}; {@code conflictSheetTargets}
     * holds the worksheet's target of each row in conflict, by segment id.
     */
    void write(
            Path sheet,
            Path xliff,
            XliffWrite written,
            ImportResult reconciled,
            Map<String, String> conflictSheetTargets,
            List<SegmentFinding> termQa) {
        if (format(file).orElseThrow() == Format.JSON) {
            new ImportReportWriter()
                    .write(
                            reconciled,
                            termQa.stream()
                                    .collect(
                                            Collectors.groupingBy(
                                                    f -> f.segment().toString(),
                                                    Collectors.mapping(
                                                            f ->
                                                                    new ImportReportWriter
                                                                            .RowFinding(
                                                                            f.finding().check(),
                                                                            f.finding().kind(),
                                                                            f.finding()
                                                                                    .severity()
                                                                                    .word(),
                                                                            f.finding().message()),
                                                            Collectors.toList()))),
                            written,
                            file);
            return;
        }
        Map<String, String> rowOfSegment = reconciled.rowsOfSegments();
        List<ImportReport.ConflictSides> conflicts =
                reconciled.issues().stream()
                        .filter(ImportIssue.Conflict.class::isInstance)
                        .map(ImportIssue.Conflict.class::cast)
                        .map(
                                c ->
                                        new ImportReport.ConflictSides(
                                                c,
                                                reconciled
                                                        .document()
                                                        .segment(SegmentId.parse(c.id()))
                                                        .map(s -> s.target())
                                                        .orElse(""),
                                                conflictSheetTargets.getOrDefault(c.id(), "")))
                        .toList();
        List<ImportReport.RowFinding> findings =
                termQa.stream()
                        .map(
                                f ->
                                        new ImportReport.RowFinding(
                                                rowOfSegment.getOrDefault(
                                                        f.segment().toString(), xliff.toString()),
                                                f.segment().toString(),
                                                f.finding()))
                        .toList();
        ImportReport report =
                new ImportReport(
                        sheet.toString(),
                        xliff.toString(),
                        written,
                        reconciled,
                        conflicts,
                        findings);
        new AtomicFile(file).write(out -> new ImportPage().write(report, out));
    }
}
