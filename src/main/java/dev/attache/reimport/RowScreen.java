package dev.attache.reimport;

import dev.attache.model.InlineTokens;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.Unit;
import dev.attache.worksheet.Manifest;
import dev.attache.worksheet.TargetCell;
import dev.attache.worksheet.Worksheet;
import dev.attache.worksheet.WorksheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a worksheet row may be reconciled at all: it must name, once, a translatable
 * segment of the XLIFF that the sheet was exported with, with the source text unchanged on both
 * sides, and hold a target that is text and fits a cell, and (in an HTML or DOCX document) that
 * keeps the source's inline tokens. Otherwise the row is rejected for the first of these that
 * fails.
 */
final class RowScreen {
    /** The row may be reconciled: its segment as the XLIFF holds it now, and its target text. */
    record Accepted(SegmentPair current, String target) {}

    private final Map<SegmentId, SegmentPair> segments = new HashMap<>();
    private final Set<String> untranslatableUnits = new HashSet<>();
    private final String xliffFile;
    private final Manifest manifest;
    private final Map<String, List<Integer>> rowsById = new LinkedHashMap<>();
    private final boolean inlineTokens;

    RowScreen(CurrentXliff xliff, Worksheet worksheet) {
        for (Unit unit : xliff.document().units()) {
            unit.segments().forEach(s -> segments.put(s.id(), s));
            if (!unit.translatable()) {
                untranslatableUnits.add(unit.id());
            }
        }
        this.xliffFile = xliff.fileName();
        this.inlineTokens = xliff.document().origin().format().hasInlineCodes();
        this.manifest = worksheet.manifest();
        for (WorksheetRow row : worksheet.rows()) {
            String id = row.id().strip();
            if (!id.isEmpty()) {
                rowsById.computeIfAbsent(id, k -> new ArrayList<>()).add(row.rowNumber());
            }
        }
    }

    /** The ids the sheet's rows name, each once, in row order. */
    List<String> ids() {
        return List.copyOf(rowsById.keySet());
    }

    /** The segment a row's ID cell names, if the XLIFF has it. */
    Optional<SegmentPair> segment(WorksheetRow row) {
        try {
            return Optional.ofNullable(segments.get(SegmentId.parse(row.id())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /**
     * The verdict that rejects the row, if one does; when none does, {@link #accepted} gives its
     * segment and target.
     */
    Optional<RowVerdict> rejection(WorksheetRow row, SheetLocation at) {
        String id = row.id().strip();
        Optional<SegmentPair> segment = segment(row);
        Optional<State> state = segment.map(SegmentPair::state);
        return problem(row, at, id, segment).map(issue -> RowVerdict.refused(issue, id, state));
    }

    /** The target of a row that {@link #rejection} let through. */
    Accepted accepted(WorksheetRow row) {
        return new Accepted(segment(row).orElseThrow(), ((TargetCell.Text) row.target()).value());
    }

    private Optional<ImportIssue> problem(
            WorksheetRow row, SheetLocation at, String id, Optional<SegmentPair> segment) {
        if (id.isEmpty()) {
            return Optional.of(new ImportIssue.MissingId(at));
        }
        List<Integer> rows = rowsById.get(id);
        if (rows.size() > 1) {
            return Optional.of(new ImportIssue.DuplicateId(at, id, rows));
        }
        if (segment.isEmpty()) {
            return Optional.of(new ImportIssue.UnknownId(at, id, xliffFile));
        }
        SegmentPair current = segment.get();
        if (untranslatableUnits.contains(current.id().unitId())) {
            return Optional.of(new ImportIssue.NotTranslatable(at, id));
        }
        String exportedSource = manifest.sourceHashes().get(current.id().toString());
        if (exportedSource == null) {
            return Optional.of(new ImportIssue.NotInManifest(at, id));
        }
        if (!Manifest.sourceHash(row.source()).equals(exportedSource)) {
            return Optional.of(new ImportIssue.SourceEdited(at, id));
        }
        // (the XLIFF's source, most often the row's, is hashed only where it is another text)
        if (!current.source().equals(row.source())
                && !Manifest.sourceHash(current.source()).equals(exportedSource)) {
            return Optional.of(new ImportIssue.SourceOutdated(at, id, xliffFile));
        }
        return targetProblem(row.target(), at, id)
                .or(() -> tokenProblem(current, row.target(), at, id));
    }

    /**
     * In an HTML or DOCX document, a target must hold each inline token of its source once, validly
     * nested.
     */
    private Optional<ImportIssue> tokenProblem(
            SegmentPair current, TargetCell target, SheetLocation at, String id) {
        String text = ((TargetCell.Text) target).value();
        if (!inlineTokens || text.isBlank()) {
            return Optional.empty();
        }
        return InlineTokens.mismatch(current.source(), text)
                .map(problem -> new ImportIssue.InlineTokensBroken(at, id, problem));
    }

    private static Optional<ImportIssue> targetProblem(
            TargetCell target, SheetLocation at, String id) {
        if (target instanceof TargetCell.Formula formula) {
            return Optional.of(new ImportIssue.FormulaInTarget(at, id, formula.expression()));
        }
        if (target instanceof TargetCell.ErrorValue error) {
            return Optional.of(new ImportIssue.ErrorInTarget(at, id, error.code()));
        }
        int length = ((TargetCell.Text) target).value().length();
        return length > ImportIssue.TargetTooLong.MAX_CELL_LENGTH
                ? Optional.of(new ImportIssue.TargetTooLong(at, id, length))
                : Optional.empty();
    }
}
