package dev.attache.xliff;

import static java.util.Objects.requireNonNull;

import dev.attache.glossary.TermHit;
import java.util.List;

/**
 * One sentence of a unit: its source, its target ({@code ""} while untranslated), the target's state,
 * the glossary terms found in the source, the memory's fuzzy matches offered for it (at most three, best first),
 * and where its target comes from (typed, or an exact memory match).
 */
public record SegmentPair(SegmentId id, String source, String target, State state, List<TermHit> termHits,
                          List<TmMatch> matches, TargetOrigin origin) {
    /** At most this many matches are offered per segment. */
    public static final int MAX_MATCHES = 3;

    public SegmentPair {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        requireNonNull(target, "target");
        requireNonNull(state, "state");
        requireNonNull(origin, "origin");
        termHits = List.copyOf(termHits);
        matches = List.copyOf(matches);
        if (matches.size() > MAX_MATCHES) {
            throw new IllegalArgumentException(id + ": " + matches.size() + " matches, at most " + MAX_MATCHES);
        }
        for (int i = 1; i < matches.size(); i++) {
            if (matches.get(i).score() > matches.get(i - 1).score()) {
                throw new IllegalArgumentException(id + ": matches are kept best first: " + matches);
            }
        }
        if (origin == TargetOrigin.EXACT_MATCH && target.isBlank()) {
            throw new IllegalArgumentException(id + ": an exact match fills the target, but it is empty");
        }
        for (TermHit hit : termHits) {
            if (hit.end() > source.length()) {
                throw new IllegalArgumentException(id + ": term hit " + hit + " lies outside the source");
            }
        }
    }

    public SegmentPair(SegmentId id, String source, String target, State state, List<TermHit> termHits) {
        this(id, source, target, state, termHits, List.of(), TargetOrigin.TYPED);
    }

    public SegmentPair(SegmentId id, String source) {
        this(id, source, "", State.NEW, List.of());
    }

    public boolean isTranslated() {
        return !target.isBlank();
    }

    /** This pair with another target and state; a target that changes is typed from then on. */
    public SegmentPair withTarget(String newTarget, State newState) {
        return new SegmentPair(id, source, newTarget, newState, termHits, matches,
                newTarget.equals(target) ? origin : TargetOrigin.TYPED);
    }

    public SegmentPair withTermHits(List<TermHit> hits) {
        return new SegmentPair(id, source, target, state, hits, matches, origin);
    }

    public SegmentPair withMatches(List<TmMatch> newMatches) {
        return new SegmentPair(id, source, target, state, termHits, newMatches, origin);
    }

    public SegmentPair withOrigin(TargetOrigin newOrigin) {
        return new SegmentPair(id, source, target, state, termHits, matches, newOrigin);
    }

    /** This pair with its target filled from an exact memory match: translated, its origin recorded. */
    public SegmentPair withExactMatch(String memoryTarget) {
        return new SegmentPair(id, source, memoryTarget, State.TRANSLATED, termHits, matches,
                TargetOrigin.EXACT_MATCH);
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
