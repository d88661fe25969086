package dev.attache.memory;

import static java.util.Objects.requireNonNull;

import dev.attache.model.SegmentPair;
import dev.attache.model.TmMatch;
import dev.attache.model.TranslationDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Offers the memory's matches to every translatable segment of a document: an exact match (the same
 * source, its whitespace aside) fills an empty target, translated and marked as an exact match, and
 * never replaces a translation the document holds; fuzzy matches of {@value #MIN_FUZZY} to 99 are
 * offered beside the target (at most three, best first) and never change it; below that, nothing.
 * Each distinct source is looked up once, its exact match first and the fuzzy ones only when it has
 * none, and the lookups run on every core.
 */
public final class Leverager {
    /** The lowest score offered as a fuzzy match. */
    public static final int MIN_FUZZY = 75;

    private final TranslationMemory memory;

    public Leverager(TranslationMemory memory) {
        this.memory = requireNonNull(memory, "memory");
    }

    public TranslationDocument leverage(TranslationDocument document) {
        LanguagePair languages = new LanguagePair(document.sourceLang(), document.targetLang());
        Map<String, Answer> answers =
                document
                        .translatableSegments()
                        .map(SegmentPair::source)
                        .distinct()
                        .toList()
                        .parallelStream()
                        .collect(
                                Collectors.toConcurrentMap(
                                        Function.identity(), s -> answer(s, languages)));
        return document.withUnits(
                document.units().stream()
                        .map(
                                u ->
                                        !u.translatable()
                                                ? u
                                                : u.withSegments(
                                                        u.segments().stream()
                                                                .map(
                                                                        s ->
                                                                                answers.get(
                                                                                                s
                                                                                                        .source())
                                                                                        .applyTo(s))
                                                                .toList()))
                        .toList());
    }

    /** The exact match (whitespace and composition aside) first; the fuzzy ones only without. */
    private Answer answer(String source, LanguagePair languages) {
        List<MemoryMatch> exact = memory.lookup(source, languages, 100, 1);
        if (!exact.isEmpty()) {
            return new Answer(Optional.of(exact.get(0).entry().target()), List.of());
        }
        return new Answer(
                Optional.empty(),
                memory.lookup(source, languages, MIN_FUZZY, SegmentPair.MAX_MATCHES));
    }

    /**
     * The memory's answer for one source: the target of its exact match, or else its fuzzy matches.
     */
    private record Answer(Optional<String> exactTarget, List<MemoryMatch> fuzzy) {
        Answer {
            requireNonNull(exactTarget, "exactTarget");
            fuzzy = List.copyOf(fuzzy);
        }

        SegmentPair applyTo(SegmentPair segment) {
            if (exactTarget.isPresent()) {
                return segment.target().isEmpty()
                        ? segment.withMatches(List.of()).withExactMatch(exactTarget.get())
                        : segment.withMatches(List.of());
            }
            return segment.withMatches(
                    fuzzy.stream()
                            .map(
                                    m ->
                                            new TmMatch(
                                                    m.score(),
                                                    m.entry().source(),
                                                    m.entry().target(),
                                                    TmMatch.MEMORY))
                            .toList());
        }
    }
}
