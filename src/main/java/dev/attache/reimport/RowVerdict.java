package dev.attache.reimport;

import static java.util.Objects.requireNonNull;

import dev.attache.Severity;
import dev.attache.model.State;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What became of one worksheet row: its place, the ID cell's text, the outcome, what it changed,
 * the state of its segment after the import (when the id names one) and the issues found on it.
 */
public record RowVerdict(
        SheetLocation location,
        String id,
        Outcome outcome,
        Set<Change> changes,
        Optional<State> state,
        List<ImportIssue> issues) {
    public enum Outcome {
        APPLIED,
        UNCHANGED,
        EMPTY,
        REJECTED,
        CONFLICT
    }

    public enum Change {
        TARGET,
        STATE,
        NOTE
    }

    public RowVerdict {
        requireNonNull(location, "location");
        requireNonNull(id, "id");
        requireNonNull(outcome, "outcome");
        requireNonNull(state, "state");
        changes =
                Collections.unmodifiableSet(
                        changes.isEmpty() ? EnumSet.noneOf(Change.class) : EnumSet.copyOf(changes));
        issues = List.copyOf(issues);
        if ((outcome == Outcome.APPLIED) == changes.isEmpty()) {
            throw new IllegalArgumentException(
                    location + ": a row is applied exactly when it changes something");
        }
        boolean refused = outcome == Outcome.REJECTED || outcome == Outcome.CONFLICT;
        if (refused != issues.stream().anyMatch(i -> i.severity() == Severity.ERROR)) {
            throw new IllegalArgumentException(
                    location + ": a row is refused exactly when it has an error");
        }
    }

    /** A row refused for one error: it changed nothing. */
    public static RowVerdict refused(ImportIssue error, String id, Optional<State> state) {
        Outcome outcome =
                error instanceof ImportIssue.Conflict ? Outcome.CONFLICT : Outcome.REJECTED;
        return new RowVerdict(error.location(), id, outcome, Set.of(), state, List.of(error));
    }
}
