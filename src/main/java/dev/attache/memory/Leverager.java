package dev.attache.memory;

import static java.util.Objects.requireNonNull;

import dev.attache.xliff.SegmentPair;
import dev.attache.xliff.TmMatch;
import dev.attache.xliff.TranslationDocument;
import dev.attache.xliff.Unit;
import java.util.List;
import java.util.Optional;

/**
 * Offers the memory's matches to every translatable segment of a document: an exact match (the same source, its
 * whitespace aside) fills an empty target, translated and marked as an exact match, and never replaces a
 * translation the document holds; fuzzy matches of {@value #MIN_FUZZY} to 99 are offered beside the target
 * (at most three, best first) and never change it; below that, nothing. Identical sources are looked up once
 * (the memory's cache).
 */
public final class Leverager {
    /** The lowest score offered as a fuzzy match. */
    public static final int MIN_FUZZY = 75;

    private final ProjectMemory memory;

    public Leverager(ProjectMemory memory) {
        this.memory = requireNonNull(memory, "memory");
    }

    public TranslationDocument leverage(TranslationDocument document) {
        LanguagePair languages = new LanguagePair(document.sourceLang(), document.targetLang());
        return document.withUnits(document.units().stream().map(u -> !u.translatable() ? u
                : u.withSegments(u.segments().stream().map(s -> leverage(s, languages)).toList())).toList());
    }

    private SegmentPair leverage(SegmentPair segment, LanguagePair languages) {
        List<MemoryMatch> found = memory.lookup(segment.source(), languages, MIN_FUZZY, SegmentPair.MAX_MATCHES + 1);
        Optional<MemoryMatch> exact = found.stream().filter(MemoryMatch::exact).findFirst();
        if (exact.isPresent()) {
            return segment.target().isEmpty() ? segment.withMatches(List.of()).withExactMatch(exact.get().entry()
                    .target()) : segment.withMatches(List.of());
        }
        return segment.withMatches(found.stream().limit(SegmentPair.MAX_MATCHES)
                .map(m -> new TmMatch(m.score(), m.entry().source(), m.entry().target(), TmMatch.MEMORY)).toList());
    }
}
