package dev.attache.report;

import static java.util.Objects.requireNonNull;

import dev.attache.qa.finding.QaFinding;
import dev.attache.reimport.ImportIssue;
import dev.attache.reimport.ImportResult;
import dev.attache.reimport.XliffWrite;
import java.util.List;

/**
 * What the HTML report of one import shows: the worksheet and the XLIFF file, the reconciliation
 * (every row's verdict and every issue), both sides of every conflict, and the QA findings (terms,
 * numbers, mechanical, quotes, script) on the changed targets.
 */
public record ImportReport(
        String worksheet,
        String xliff,
        XliffWrite written,
        ImportResult result,
        List<ConflictSides> conflicts,
        List<RowFinding> termQa) {
    public ImportReport {
        requireNonNull(worksheet, "worksheet");
        requireNonNull(xliff, "xliff");
        requireNonNull(written, "written");
        requireNonNull(result, "result");
        conflicts = List.copyOf(conflicts);
        termQa = List.copyOf(termQa);
    }

    /**
     * A conflict with the two translations that disagree: the XLIFF's (kept) and the worksheet's
     * (not imported).
     */
    public record ConflictSides(
            ImportIssue.Conflict conflict, String xliffTarget, String sheetTarget) {
        public ConflictSides {
            requireNonNull(conflict, "conflict");
            requireNonNull(xliffTarget, "xliffTarget");
            requireNonNull(sheetTarget, "sheetTarget");
        }
    }

    /**
     * A QA finding on a segment a row changed, placed at that row ({@code x.en-ru.xlsx!en-ru:14}).
     */
    public record RowFinding(String location, String segment, QaFinding finding) {
        public RowFinding {
            requireNonNull(location, "location");
            requireNonNull(segment, "segment");
            requireNonNull(finding, "finding");
        }
    }
}
