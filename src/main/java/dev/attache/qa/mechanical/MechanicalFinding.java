package dev.attache.qa.mechanical;

import static java.util.Objects.requireNonNull;

import dev.attache.Severity;
import dev.attache.qa.finding.QaFinding;
import dev.attache.qa.finding.TargetSpan;
import java.util.Optional;

/**
 * What the mechanical check found in one target: its kind, the span of the target it concerns
 * ({@code [start, end)}, the whole target for an empty or untranslated one) and one sentence naming
 * what was expected and what was found.
 */
public record MechanicalFinding(MechanicalKind type, int start, int end, String message)
        implements QaFinding {
    /** The id of the mechanical check. */
    public static final String CHECK = "mechanical";

    public MechanicalFinding {
        requireNonNull(type, "type");
        requireNonNull(message, "message");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("no span [" + start + ", " + end + ") in a target");
        }
    }

    @Override
    public Optional<TargetSpan> span() {
        return Optional.of(new TargetSpan(start, end));
    }

    @Override
    public String check() {
        return CHECK;
    }

    @Override
    public String kind() {
        return type.word();
    }

    @Override
    public Severity severity() {
        return type.severity();
    }
}
