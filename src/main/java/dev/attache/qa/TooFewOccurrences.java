package dev.attache.qa;

import static java.util.Objects.requireNonNull;

import dev.attache.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A term found more often in the source than its rendering in the target: one occurrence may have
 * been dropped or paraphrased (or rightly replaced by a pronoun, hence a warning).
 *
 * @param found the forms of the rendering found in the target, as written
 */
public record TooFewOccurrences(
        String conceptId,
        String sourceTerm,
        ExpectedRendering expected,
        int inSource,
        List<String> found)
        implements TermFinding {
    public TooFewOccurrences {
        requireNonNull(conceptId, "conceptId");
        requireNonNull(sourceTerm, "sourceTerm");
        requireNonNull(expected, "expected");
        found = List.copyOf(found);
        if (found.isEmpty() || inSource <= found.size()) {
            throw new IllegalArgumentException(
                    "too few occurrences needs 0 < " + found.size() + " < " + inSource);
        }
    }

    /** How often the rendering was found in the target. */
    public int inTarget() {
        return found.size();
    }

    @Override
    public String kind() {
        return "too-few-occurrences";
    }

    @Override
    public String message() {
        return "term \""
                + sourceTerm
                + "\" occurs "
                + inSource
                + " times in the source but "
                + expected.quoted()
                + " only "
                + (inTarget() == 1 ? "once" : inTarget() + " times")
                + " in the target: "
                + found.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "));
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }
}
