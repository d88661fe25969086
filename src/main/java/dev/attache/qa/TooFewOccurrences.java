package dev.attache.qa;

import static java.util.Objects.requireNonNull;

/**
 * A term found more often in the source than its rendering in the target: one occurrence may have been dropped or
 * paraphrased (or rightly replaced by a pronoun, hence a warning).
 */
public record TooFewOccurrences(
        String conceptId, String sourceTerm, ExpectedRendering expected, int inSource, int inTarget)
        implements TermFinding {
    public TooFewOccurrences {
        requireNonNull(conceptId, "conceptId");
        requireNonNull(sourceTerm, "sourceTerm");
        requireNonNull(expected, "expected");
        if (inTarget < 1 || inSource <= inTarget) {
            throw new IllegalArgumentException("too few occurrences needs 0 < " + inTarget + " < " + inSource);
        }
    }

    @Override
    public String kind() {
        return "too-few-occurrences";
    }

    @Override
    public String message() {
        return "term \"" + sourceTerm + "\" occurs " + inSource + " times in the source but "
                + expected.quoted() + " only " + (inTarget == 1 ? "once" : inTarget + " times")
                + " in the target";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }
}
