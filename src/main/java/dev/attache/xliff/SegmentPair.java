package dev.attache.xliff;

import static java.util.Objects.requireNonNull;

import dev.attache.glossary.TermHit;
import java.util.List;

/**
 * One sentence of a unit: its source, its target ({@code ""} while untranslated), the target's state,
 * and the glossary terms found in the source.
 */
public record SegmentPair(SegmentId id, String source, String target, State state, List<TermHit> termHits) {
    public SegmentPair {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        requireNonNull(target, "target");
        requireNonNull(state, "state");
        termHits = List.copyOf(termHits);
        for (TermHit hit : termHits) {
            if (hit.end() > source.length()) {
                throw new IllegalArgumentException(id + ": term hit " + hit + " lies outside the source");
            }
        }
    }

    public SegmentPair(SegmentId id, String source) {
        this(id, source, "", State.NEW, List.of());
    }

    public boolean isTranslated() {
        return !target.isBlank();
    }

    public SegmentPair withTarget(String newTarget, State newState) {
        return new SegmentPair(id, source, newTarget, newState, termHits);
    }

    public SegmentPair withTermHits(List<TermHit> hits) {
        return new SegmentPair(id, source, target, state, hits);
    }

    /**
     * This pair as read from a file that a CAT tool may have written: a target identical to its source in state
     * new is a copy of the source ({@code --copy-source}, or a tool's pre-fill), so untranslated; a target that
     * differs from its source in state new was filled by a tool that left the state alone, so translated.
     */
    SegmentPair asRead() {
        if (state != State.NEW || target.isEmpty()) {
            return this;
        }
        return target.equals(source) ? withTarget("", State.NEW) : withTarget(target, State.TRANSLATED);
    }

    /** This pair with an empty target filled with a copy of its source (state new), for CAT tools. */
    SegmentPair withSourceCopied() {
        return target.isEmpty() ? withTarget(source, State.NEW) : this;
    }
}
