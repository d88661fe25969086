package dev.attache.qa.quotes;

import static java.util.Objects.requireNonNull;

import dev.attache.Severity;
import dev.attache.qa.finding.QaFinding;
import dev.attache.qa.finding.TargetSpan;
import java.util.Optional;

/**
 * A quote mark or bracket of a target that is left open, closes nothing, or is not the target
 * language's: {@code the target should close « at 12; it does not}. The span is the mark's.
 */
public record QuoteFinding(Kind type, int start, String message) implements QaFinding {
    /** The id of the quotes check. */
    public static final String CHECK = "quotes";

    /**
     * What is wrong with the mark: an error when it is unpaired, a warning when it is of another
     * language.
     */
    public enum Kind {
        UNCLOSED("unclosed", Severity.ERROR),
        UNOPENED("unopened", Severity.ERROR),
        QUOTE_STYLE("quote-style", Severity.WARNING);

        private final String word;
        private final Severity severity;

        Kind(String word, Severity severity) {
            this.word = word;
            this.severity = severity;
        }
    }

    public QuoteFinding {
        requireNonNull(type, "type");
        requireNonNull(message, "message");
        if (start < 0) {
            throw new IllegalArgumentException("a mark at " + start);
        }
    }

    /** The end of the span: a mark is one character. */
    public int end() {
        return start + 1;
    }

    @Override
    public Optional<TargetSpan> span() {
        return Optional.of(new TargetSpan(start, end()));
    }

    @Override
    public String check() {
        return CHECK;
    }

    @Override
    public String kind() {
        return type.word;
    }

    @Override
    public Severity severity() {
        return type.severity;
    }
}
