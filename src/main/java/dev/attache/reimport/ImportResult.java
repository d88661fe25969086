package dev.attache.reimport;

import static java.util.Objects.requireNonNull;

import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.TranslationDocument;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of reconciling a worksheet with its XLIFF: the document with every accepted row
 * applied, every issue (row issues in row order, then those about the sheet as a whole), the
 * counts, and one verdict per row.
 */
public record ImportResult(
        TranslationDocument document,
        List<ImportIssue> issues,
        Counts counts,
        List<RowVerdict> verdicts) {
    public ImportResult {
        requireNonNull(document, "document");
        requireNonNull(counts, "counts");
        issues = List.copyOf(issues);
        verdicts = List.copyOf(verdicts);
        if (!counts.equals(Counts.of(verdicts, issues))) {
            throw new IllegalArgumentException(
                    "counts " + counts + " do not match the verdicts and issues");
        }
    }

    /**
     * The segments whose target this import changed, in row order, as they now are in {@link
     * #document()}: what the term QA has to check.
     */
    public List<SegmentPair> changedTargets() {
        return verdicts.stream()
                .filter(v -> v.changes().contains(RowVerdict.Change.TARGET))
                .map(v -> document.segment(SegmentId.parse(v.id())).orElseThrow())
                .toList();
    }

    /**
     * Each segment id with the sheet row it came from ({@code x.en-ru.xlsx!en-ru:14}); the first
     * row of a duplicate.
     */
    public Map<String, String> rowsOfSegments() {
        return verdicts.stream()
                .collect(
                        Collectors.toMap(
                                RowVerdict::id, v -> v.location().toString(), (a, b) -> a));
    }

    /** The issues about the sheet as a whole rather than one of its rows. */
    public List<ImportIssue> sheetIssues() {
        return issues.stream().filter(i -> !i.location().isRow()).toList();
    }
}
