package dev.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One sentence of a unit: its source, its target ({@code ""} while untranslated), the target's
 * state, the glossary terms found in the source, the memory's fuzzy matches offered for it (at most
 * three, best first), where its target comes from (typed, or an exact memory match), and what the
 * last worksheet imports into it left (most recent first, one per worksheet, at most {@link
 * #MAX_IMPORTS}).
 */
public record SegmentPair(
        SegmentId id,
        String source,
        String target,
        State state,
        List<TermHit> termHits,
        List<TmMatch> matches,
        TargetOrigin origin,
        List<WorksheetImport> imports) {
    /** At most this many matches are offered per segment. */
    public static final int MAX_MATCHES = 3;

    /**
     * At most this many worksheets' imports are remembered per segment: enough for the sheets a
     * translator and a reviewer work on at once; a sheet forgotten meets a changed segment as a
     * conflict, as before it was remembered.
     */
    public static final int MAX_IMPORTS = 3;

    public SegmentPair {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        requireNonNull(target, "target");
        requireNonNull(state, "state");
        requireNonNull(origin, "origin");
        termHits = List.copyOf(termHits);
        matches = List.copyOf(matches);
        imports = List.copyOf(imports);
        if (imports.size() > MAX_IMPORTS) {
            throw new IllegalArgumentException(
                    id + ": " + imports.size() + " imports, at most " + MAX_IMPORTS);
        }
        Set<String> sheets = new HashSet<>();
        if (!imports.stream().allMatch(i -> sheets.add(i.worksheetId()))) {
            throw new IllegalArgumentException(
                    id + ": one worksheet's import is remembered once: " + imports);
        }
        if (matches.size() > MAX_MATCHES) {
            throw new IllegalArgumentException(
                    id + ": " + matches.size() + " matches, at most " + MAX_MATCHES);
        }
        for (int i = 1; i < matches.size(); i++) {
            if (matches.get(i).score() > matches.get(i - 1).score()) {
                throw new IllegalArgumentException(
                        id + ": matches are kept best first: " + matches);
            }
        }
        if (origin == TargetOrigin.EXACT_MATCH && target.isBlank()) {
            throw new IllegalArgumentException(
                    id + ": an exact match fills the target, but it is empty");
        }
        for (TermHit hit : termHits) {
            if (hit.end() > source.length()) {
                throw new IllegalArgumentException(
                        id + ": term hit " + hit + " lies outside the source");
            }
        }
    }

    public SegmentPair(
            SegmentId id,
            String source,
            String target,
            State state,
            List<TermHit> termHits,
            List<TmMatch> matches,
            TargetOrigin origin) {
        this(id, source, target, state, termHits, matches, origin, List.of());
    }

    public SegmentPair(
            SegmentId id, String source, String target, State state, List<TermHit> termHits) {
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
        return new SegmentPair(
                id,
                source,
                newTarget,
                newState,
                termHits,
                matches,
                newTarget.equals(target) ? origin : TargetOrigin.TYPED,
                imports);
    }

    public SegmentPair withTermHits(List<TermHit> hits) {
        return new SegmentPair(id, source, target, state, hits, matches, origin, imports);
    }

    public SegmentPair withMatches(List<TmMatch> newMatches) {
        return new SegmentPair(id, source, target, state, termHits, newMatches, origin, imports);
    }

    public SegmentPair withOrigin(TargetOrigin newOrigin) {
        return new SegmentPair(id, source, target, state, termHits, matches, newOrigin, imports);
    }

    /**
     * This pair with its target filled from an exact memory match: translated, its origin recorded.
     */
    public SegmentPair withExactMatch(String memoryTarget) {
        return new SegmentPair(
                id,
                source,
                memoryTarget,
                State.TRANSLATED,
                termHits,
                matches,
                TargetOrigin.EXACT_MATCH,
                imports);
    }

    /** What the last import of this worksheet left in the segment, if the segment remembers one. */
    public Optional<WorksheetImport> importOf(String worksheetId) {
        return imports.stream().filter(i -> i.worksheetId().equals(worksheetId)).findFirst();
    }

    /**
     * This pair remembering these imports (most recent first), as another pair of the same
     * translation did.
     */
    public SegmentPair withImports(List<WorksheetImport> newImports) {
        return new SegmentPair(id, source, target, state, termHits, matches, origin, newImports);
    }

    /**
     * This pair remembering a worksheet's import as the most recent: it replaces that worksheet's
     * earlier one, and the oldest is forgotten beyond {@link #MAX_IMPORTS}.
     */
    public SegmentPair withImport(WorksheetImport latest) {
        List<WorksheetImport> remembered = new ArrayList<>(List.of(latest));
        imports.stream()
                .filter(i -> !i.worksheetId().equals(latest.worksheetId()))
                .limit(MAX_IMPORTS - 1)
                .forEach(remembered::add);
        return withImports(remembered);
    }

    /**
     * This pair as read from a file that a CAT tool may have written: a target identical to its
     * source in state new is a copy of the source ({@code --copy-source}, or a tool's pre-fill), so
     * untranslated; a target that differs from its source in state new was filled by a tool that
     * left the state alone, so translated.
     */
    public SegmentPair asRead() {
        if (state != State.NEW || target.isEmpty()) {
            return this;
        }
        return target.equals(source)
                ? withTarget("", State.NEW)
                : withTarget(target, State.TRANSLATED);
    }

    /**
     * This pair with an empty target filled with a copy of its source (state new), for CAT tools.
     */
    SegmentPair withSourceCopied() {
        return target.isEmpty() ? withTarget(source, State.NEW) : this;
    }
}
