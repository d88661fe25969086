package dev.attache.qa.consistency;

import static java.util.Objects.requireNonNull;

import dev.attache.Severity;
import dev.attache.qa.finding.QaFinding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A group of segments translated inconsistently, reported once with its variants: one source
 * translated several ways ({@code inconsistent-translation}), or several sources with one
 * translation ({@code shared-translation}, a sign of a target pasted into the wrong segment). A
 * warning: a reviser decides.
 *
 * @param sharedTarget true for several sources with one target, false for one source with several
 *     targets
 * @param text the text the segments share (the source, or the target)
 * @param variants the texts they differ in, at least two, each with its segments
 */
public record ConsistencyFinding(boolean sharedTarget, String text, List<Variant> variants)
        implements QaFinding {
    /** The id of the consistency check. */
    public static final String CHECK = "consistency";

    public ConsistencyFinding {
        requireNonNull(text, "text");
        if (variants.size() < 2) {
            throw new IllegalArgumentException(
                    "a consistency finding needs two variants: " + variants);
        }
        variants = List.copyOf(variants);
    }

    @Override
    public String check() {
        return CHECK;
    }

    @Override
    public String kind() {
        return sharedTarget ? "shared-translation" : "inconsistent-translation";
    }

    /**
     * {@code "Thank you." is translated 2 ways: "Спасибо." (p4.s1, p9.s2), "Благодарю." (p12.s1)},
     * or {@code "Спасибо." translates 2 different sources: "Thank you." (p4.s1), "Thanks a lot."
     * (p9.s2)}.
     */
    @Override
    public String message() {
        String listed = variants.stream().map(Variant::describe).collect(Collectors.joining(", "));
        return sharedTarget
                ? "\"" + text + "\" translates " + variants.size() + " different sources: " + listed
                : "\"" + text + "\" is translated " + variants.size() + " ways: " + listed;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }
}
