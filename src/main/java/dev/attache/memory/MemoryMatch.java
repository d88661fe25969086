package dev.attache.memory;

import static java.util.Objects.requireNonNull;

/** An entry that answers a lookup, with its score (100 for an exact match; fuzzy ones below). */
public record MemoryMatch(int score, boolean exact, MemoryEntry entry) {
    public MemoryMatch {
        requireNonNull(entry, "entry");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a score is 0 to 100: " + score);
        }
        if (exact && score != 100) {
            throw new IllegalArgumentException("an exact match scores 100, not " + score);
        }
    }
}
