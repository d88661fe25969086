package dev.attache.qa.numbers;

import dev.attache.Severity;
import dev.attache.qa.finding.QaFinding;
import dev.attache.qa.finding.TargetSpan;
import java.util.Optional;

/**
 * A number or date of a source that its target renders otherwise, lacks, or one the target adds:
 * {@code the source has 27 February 2023; the target has 27 March 2023 ("27 марта 2023 года")}. An
 * error: a wrong date is the worst mistake a transcript can have.
 *
 * @param expected the source's mention; empty when the target has a number the source lacks
 * @param found the target's mention; empty when the target lacks the source's number
 */
public record NumberFinding(Optional<Mention> expected, Optional<Mention> found)
        implements QaFinding {
    /** The id of the numbers check. */
    public static final String CHECK = "numbers";

    public NumberFinding {
        if (expected.isEmpty() && found.isEmpty()) {
            throw new IllegalArgumentException(
                    "a number finding needs a source or a target mention");
        }
    }

    /** The target's mention, where the target has one. */
    @Override
    public Optional<TargetSpan> span() {
        return found.map(f -> new TargetSpan(f.start(), f.end()));
    }

    @Override
    public String check() {
        return CHECK;
    }

    @Override
    public String kind() {
        return expected.isEmpty()
                ? "extra-number"
                : found.isEmpty() ? "missing-number" : "wrong-number";
    }

    @Override
    public String message() {
        if (expected.isEmpty()) {
            return "the target has "
                    + found.get().describeWithText()
                    + ", which the source does not";
        }
        String source = "the source has " + expected.get().describeWithText();
        return found.map(f -> source + "; the target has " + f.describeWithText())
                .orElse(source + "; the target does not");
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }
}
