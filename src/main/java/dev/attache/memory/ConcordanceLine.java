package dev.attache.memory;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A memory entry that holds a phrase: in its source, or with {@code inTarget} in its target, at
 * {@code hits}.
 */
public record ConcordanceLine(MemoryEntry entry, boolean inTarget, List<PhraseFinder.Span> hits) {
    public ConcordanceLine {
        requireNonNull(entry, "entry");
        hits = List.copyOf(hits);
        if (hits.isEmpty()) {
            throw new IllegalArgumentException("a concordance line has the phrase at least once");
        }
        String text = inTarget ? entry.target() : entry.source();
        if (hits.get(hits.size() - 1).end() > text.length()) {
            throw new IllegalArgumentException("a hit lies outside the text: " + hits);
        }
    }

    /** The text that holds the phrase, each hit between {@code open} and {@code close}. */
    public String highlighted(String open, String close) {
        String text = inTarget ? entry.target() : entry.source();
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (PhraseFinder.Span hit : hits) {
            out.append(text, at, hit.start())
                    .append(open)
                    .append(text, hit.start(), hit.end())
                    .append(close);
            at = hit.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
