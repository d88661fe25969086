package dev.attache.model;

import static java.util.Objects.requireNonNull;

/**
 * A match the translation memory offers for a segment: its score (0 to 100), the memory's source
 * and target, and where it comes from ({@code tm}). Fuzzy matches are offered beside the target and
 * never change it.
 */
public record TmMatch(int score, String source, String target, String origin) {
    /** The origin written for matches from the project memory. */
    public static final String MEMORY = "tm";

    public TmMatch {
        requireNonNull(source, "source");
        requireNonNull(target, "target");
        requireNonNull(origin, "origin");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a match scores 0 to 100: " + score);
        }
        if (source.isBlank() || target.isBlank()) {
            throw new IllegalArgumentException(
                    "a match needs a source and a target: '" + source + "', '" + target + "'");
        }
    }
}
