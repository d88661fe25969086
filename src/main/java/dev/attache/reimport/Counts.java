package dev.attache.reimport;

import dev.attache.Severity;
import java.util.List;

/**
 * How the rows of an imported worksheet fared. Every row counts once: {@code applied} (it changed
 * the target, the state or added a note), {@code unchanged}, {@code empty} (no target to import),
 * {@code rejected} or {@code conflicts}. {@code warnings} counts the warnings, on rows or on the
 * sheet.
 */
public record Counts(
        int applied, int unchanged, int empty, int rejected, int conflicts, int warnings) {
    public Counts {
        if (applied < 0
                || unchanged < 0
                || empty < 0
                || rejected < 0
                || conflicts < 0
                || warnings < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** Counts the verdicts by outcome, and the warnings among all the issues. */
    public static Counts of(List<RowVerdict> verdicts, List<ImportIssue> issues) {
        int[] byOutcome = new int[RowVerdict.Outcome.values().length];
        verdicts.forEach(v -> byOutcome[v.outcome().ordinal()]++);
        int warnings = (int) issues.stream().filter(i -> i.severity() == Severity.WARNING).count();
        return new Counts(
                byOutcome[RowVerdict.Outcome.APPLIED.ordinal()],
                byOutcome[RowVerdict.Outcome.UNCHANGED.ordinal()],
                byOutcome[RowVerdict.Outcome.EMPTY.ordinal()],
                byOutcome[RowVerdict.Outcome.REJECTED.ordinal()],
                byOutcome[RowVerdict.Outcome.CONFLICT.ordinal()],
                warnings);
    }

    /** The rows counted. */
    public int rows() {
        return applied + unchanged + empty + rejected + conflicts;
    }

    /**
     * Whether some rows were rejected or in conflict: the import finished with findings (exit 4).
     */
    public boolean hasFindings() {
        return rejected > 0 || conflicts > 0;
    }
}
