package dev.attache.reimport;

import static java.util.Objects.requireNonNull;

import dev.attache.Severity;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A problem found while importing a worksheet, at a place in it. Errors reject a row (it changes
 * nothing); warnings go with a row that was imported, or with the sheet as a whole.
 */
public sealed interface ImportIssue {
    SheetLocation location();

    /** One sentence, without the location. */
    String message();

    Severity severity();

    /** A stable name for reports: {@code unknown-id}, {@code final-not-overwritten}, … */
    default String kind() {
        return getClass()
                .getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }

    /** A row with a target or comment but an empty ID cell. */
    record MissingId(SheetLocation location) implements ImportIssue {
        public MissingId {
            requireNonNull(location, "location");
        }

        public String message() {
            return "the row has no ID, so it cannot be matched to a segment; it was not imported";
        }

        public Severity severity() {
            return Severity.ERROR;
        }
    }

    record UnknownId(SheetLocation location, String id, String xliffFile) implements ImportIssue {
        public UnknownId {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
            requireNonNull(xliffFile, "xliffFile");
        }

        public String message() {
            return "row id '" + id + "' is not in " + xliffFile + "; the row was not imported";
        }

        public Severity severity() {
            return Severity.ERROR;
        }
    }

    /**
     * The same id on several rows: none of them is imported, since no rule could choose one without
     * losing work.
     */
    record DuplicateId(SheetLocation location, String id, List<Integer> rows)
            implements ImportIssue {
        public DuplicateId {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
            rows = List.copyOf(rows);
            if (rows.size() < 2) {
                throw new IllegalArgumentException("a duplicate needs two rows: " + rows);
            }
        }

        public String message() {
            return "row id '"
                    + id
                    + "' appears on rows "
                    + rows.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + "; none of them was imported";
        }

        public Severity severity() {
            return Severity.ERROR;
        }
    }

    record NotTranslatable(SheetLocation location, String id) implements ImportIssue {
        public NotTranslatable {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
        }

        public String message() {
            return "segment '"
                    + id
                    + "' belongs to a paragraph marked not to be translated; the row was not imported";
        }

        public Severity severity() {
            return Severity.ERROR;
        }
    }

    /**
     * A row whose id is in the XLIFF but was not in the sheet when it was exported (copied in by
     * hand).
     */
    record NotInManifest(SheetLocation location, String id) implements ImportIssue {
        public NotInManifest {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
        }

        public String message() {
            return "row id '"
                    + id
                    + "' was not in this worksheet when it was exported; the row was not imported";
        }

        public Severity severity() {
            return Severity.ERROR;
        }
    }

    /** The Source cell no longer holds the text exported. */
    record SourceEdited(SheetLocation location, String id) implements ImportIssue {
        public SourceEdited {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
        }

        public String message() {
            return "the source text of '"
                    + id
                    + "' was edited in the worksheet; the row was not imported";
        }

        public Severity severity() {
            return Severity.ERROR;
        }
    }

    /** The XLIFF's source for the segment is no longer the one the sheet was exported with. */
    record SourceOutdated(SheetLocation location, String id, String xliffFile)
            implements ImportIssue {
        public SourceOutdated {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
            requireNonNull(xliffFile, "xliffFile");
        }

        public String message() {
            return "the source text of '"
                    + id
                    + "' in "
                    + xliffFile
                    + " changed since the worksheet was exported; the row was not imported";
        }

        public Severity severity() {
            return Severity.ERROR;
        }
    }

    record FormulaInTarget(SheetLocation location, String id, String expression)
            implements ImportIssue {
        public FormulaInTarget {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
            requireNonNull(expression, "expression");
        }

        public String message() {
            String formula = expression.startsWith("=") ? expression : "=" + expression;
            return "the target of '"
                    + id
                    + "' is a formula ("
                    + formula
                    + "), not text; retype it as text (start it with an apostrophe); the row was not imported";
        }

        public Severity severity() {
            return Severity.ERROR;
        }
    }

    record ErrorInTarget(SheetLocation location, String id, String code) implements ImportIssue {
        public ErrorInTarget {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
            requireNonNull(code, "code");
        }

        public String message() {
            return "the target of '"
                    + id
                    + "' is the error value "
                    + code
                    + ", not text; the row was not imported";
        }

        public Severity severity() {
            return Severity.ERROR;
        }
    }

    record TargetTooLong(SheetLocation location, String id, int length) implements ImportIssue {
        /** The most characters an .xlsx cell holds. */
        public static final int MAX_CELL_LENGTH = 32_767;

        public TargetTooLong {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
            if (length <= MAX_CELL_LENGTH) {
                throw new IllegalArgumentException(
                        "a target of " + length + " characters fits a cell");
            }
        }

        public String message() {
            return String.format(
                    Locale.ROOT,
                    "the target of '%s' has %,d characters, more than a cell holds (%,d);"
                            + " the row was not imported",
                    id,
                    length,
                    MAX_CELL_LENGTH);
        }

        public Severity severity() {
            return Severity.ERROR;
        }
    }

    /**
     * A target of an HTML or DOCX paragraph whose inline tokens ({@code {1}…{/1}}, {@code {2}}) are
     * not those of its source, each once, validly nested: merged, it would lose or break a tag.
     */
    record InlineTokensBroken(SheetLocation location, String id, String problem)
            implements ImportIssue {
        public InlineTokensBroken {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
            requireNonNull(problem, "problem");
        }

        public String message() {
            return "the target of '"
                    + id
                    + "' does not keep the source's inline tokens: "
                    + problem
                    + "; the row was not imported";
        }

        public Severity severity() {
            return Severity.ERROR;
        }
    }

    /**
     * The translation changed both in the XLIFF and in the sheet, differently, since the sheet was
     * exported or this sheet's last import: the message says how to take either side.
     */
    record Conflict(SheetLocation location, String id, String xliffFile) implements ImportIssue {
        public Conflict {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
            requireNonNull(xliffFile, "xliffFile");
        }

        public String message() {
            return "the translation of '"
                    + id
                    + "' was changed both in "
                    + xliffFile
                    + " and in the worksheet since"
                    + " the worksheet's export or last import; the XLIFF's version was kept (import again with "
                    + "--prefer-worksheet to put the worksheet's in, or export a fresh worksheet to go on from the "
                    + "XLIFF's)";
        }

        public Severity severity() {
            return Severity.ERROR;
        }
    }

    /**
     * A conflict resolved for the sheet ({@code --prefer-worksheet}): the XLIFF's translation is
     * kept in a note.
     */
    record WorksheetPreferred(SheetLocation location, String id, String xliffFile)
            implements ImportIssue {
        public WorksheetPreferred {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
            requireNonNull(xliffFile, "xliffFile");
        }

        public String message() {
            return "the translation of '"
                    + id
                    + "' was changed both in "
                    + xliffFile
                    + " and in the worksheet; the"
                    + " worksheet's version went in (--prefer-worksheet) and the XLIFF's is kept in a note";
        }

        public Severity severity() {
            return Severity.WARNING;
        }
    }

    /**
     * The worksheet holds the exported translation in rows where an earlier import of a worksheet
     * with its id put another: a copy of a worksheet imported before (the same file given to two
     * translators). Its rows are then compared with the export, not with that import, so that the
     * copy neither undoes the other's work nor replaces it without a conflict.
     */
    record CopyOfImportedWorksheet(SheetLocation location, int rows) implements ImportIssue {
        public CopyOfImportedWorksheet {
            requireNonNull(location, "location");
            if (rows < 1) {
                throw new IllegalArgumentException("rows must be positive: " + rows);
            }
        }

        public String message() {
            return "the worksheet shows the exported translation in "
                    + rows
                    + (rows == 1 ? " row" : " rows")
                    + " where an earlier import of a worksheet with its id put another: it looks like a copy of a"
                    + " worksheet imported before, so its rows were compared with the export (a row changed in both"
                    + " is a conflict)";
        }

        public Severity severity() {
            return Severity.WARNING;
        }
    }

    record FinalNotOverwritten(SheetLocation location, String id) implements ImportIssue {
        public FinalNotOverwritten {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
        }

        public String message() {
            return "segment '"
                    + id
                    + "' is final in the XLIFF and is not overwritten without --overwrite-final;"
                    + " the row was not imported";
        }

        public Severity severity() {
            return Severity.ERROR;
        }
    }

    /**
     * A Status cell that is none of the drop-down's values: the target goes in as needing review.
     */
    record UnknownStatus(SheetLocation location, String id, String status) implements ImportIssue {
        public UnknownStatus {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
            requireNonNull(status, "status");
        }

        public String message() {
            return "the status '"
                    + status
                    + "' of '"
                    + id
                    + "' is not one of "
                    + StatusCell.LABELS
                    + "; the target was imported as needing review";
        }

        public Severity severity() {
            return Severity.WARNING;
        }
    }

    /** The translator emptied a Target cell: empty targets never erase a translation. */
    record TargetCleared(SheetLocation location, String id) implements ImportIssue {
        public TargetCleared {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
        }

        public String message() {
            return "the target of '"
                    + id
                    + "' was emptied in the worksheet; the existing translation was kept";
        }

        public Severity severity() {
            return Severity.WARNING;
        }
    }

    /** A row exported with the sheet is no longer in it. */
    record MissingRow(SheetLocation location, String id) implements ImportIssue {
        public MissingRow {
            requireNonNull(location, "location");
            requireNonNull(id, "id");
        }

        public String message() {
            return "the row of '"
                    + id
                    + "' was removed from the worksheet; its segment was left as it is";
        }

        public Severity severity() {
            return Severity.WARNING;
        }
    }
}
