package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

import dev.attache.model.TermHit;

/**
 * A term hit with the glossary term whose form was found (its status tells a preferred from a
 * deprecated use).
 */
public record TermMatch(TermHit hit, Term term) {
    public TermMatch {
        requireNonNull(hit, "hit");
        requireNonNull(term, "term");
    }

    public String conceptId() {
        return hit.conceptId();
    }

    /** Whether this match lies inside the other one (and is not the same range). */
    public boolean isInside(TermMatch other) {
        return other.hit.start() <= hit.start()
                && hit.end() <= other.hit.end()
                && other.hit.end() - other.hit.start() > hit.end() - hit.start();
    }

    /** Whether this match and the other share a character. */
    public boolean overlaps(TermMatch other) {
        return hit.start() < other.hit.end() && other.hit.start() < hit.end();
    }
}
