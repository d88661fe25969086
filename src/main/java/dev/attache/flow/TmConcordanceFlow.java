package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.memory.ConcordanceLine;
import dev.attache.memory.TranslationMemory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code tm concordance} flow: every memory entry whose source (or target) holds a phrase,
 * inflected forms included, with the phrase marked: how a term was rendered before.
 */
public final class TmConcordanceFlow {
    /**
     * The memory's folder, the phrase, the source language, the target language (any when empty),
     * which side.
     */
    public record Request(
            Path memory,
            String phrase,
            Locale sourceLang,
            Optional<Locale> targetLang,
            boolean inTarget) {
        public Request {
            requireNonNull(memory, "memory");
            requireNonNull(phrase, "phrase");
            requireNonNull(sourceLang, "sourceLang");
            requireNonNull(targetLang, "targetLang");
            if (phrase.isBlank()) {
                throw new IllegalArgumentException("the phrase is blank");
            }
        }
    }

    /** The request and the entries that hold its phrase, in the order of the index. */
    public record Result(Request request, List<ConcordanceLine> lines) {
        public Result {
            requireNonNull(request, "request");
            lines = List.copyOf(lines);
        }

        /**
         * One line per entry, the phrase in brackets on its side: {@code He devotes attention to
         * our [allied interaction]. → Он уделяет внимание нашему союзническому взаимодействию.
         * (en→ru, x.en-ru.xlf)}.
         */
        public List<String> printed() {
            return lines.stream()
                    .map(
                            line ->
                                    "%s  →  %s  (%s→%s, %s)"
                                            .formatted(
                                                    line.inTarget()
                                                            ? line.entry().source()
                                                            : line.highlighted("[", "]"),
                                                    line.inTarget()
                                                            ? line.highlighted("[", "]")
                                                            : line.entry().target(),
                                                    line.entry()
                                                            .languages()
                                                            .source()
                                                            .toLanguageTag(),
                                                    line.entry()
                                                            .languages()
                                                            .target()
                                                            .toLanguageTag(),
                                                    line.entry().file()))
                    .toList();
        }
    }

    public Result run(Request request) {
        try (TranslationMemory memory = TranslationMemory.open(request.memory())) {
            return new Result(
                    request,
                    memory.concordance(
                            request.phrase(),
                            request.sourceLang(),
                            request.targetLang(),
                            request.inTarget()));
        }
    }
}
