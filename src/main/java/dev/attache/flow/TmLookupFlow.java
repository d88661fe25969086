package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.memory.LanguagePair;
import dev.attache.memory.MemoryMatch;
import dev.attache.memory.TranslationMemory;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code tm lookup} flow: the best matches the project memory has for a text, in one language
 * pair.
 */
public final class TmLookupFlow {
    /**
     * The memory's folder, the text, its languages, the lowest score that counts and how many
     * matches at most.
     */
    public record Request(Path memory, String text, LanguagePair languages, int minScore, int max) {
        public Request {
            requireNonNull(memory, "memory");
            requireNonNull(text, "text");
            requireNonNull(languages, "languages");
            if (minScore < 0 || minScore > 100 || max < 1) {
                throw new IllegalArgumentException(
                        "minimum score 0 to 100 and at least one match: " + minScore + ", " + max);
            }
        }
    }

    /** The request and its matches, best first. */
    public record Result(Request request, List<MemoryMatch> matches) {
        public Result {
            requireNonNull(request, "request");
            matches = List.copyOf(matches);
        }

        /** One line per match: {@code 100 exact source → target (file, creator, created)}. */
        public List<String> lines() {
            return matches.stream()
                    .map(
                            m ->
                                    "%3d%%  %-5s  %s  →  %s  (%s, %s, %s)"
                                            .formatted(
                                                    m.score(),
                                                    m.exact() ? "exact" : "fuzzy",
                                                    m.entry().source(),
                                                    m.entry().target(),
                                                    m.entry().file(),
                                                    m.entry().creator(),
                                                    m.entry().created()))
                    .toList();
        }
    }

    public Result run(Request request) {
        try (TranslationMemory memory = TranslationMemory.open(request.memory())) {
            return new Result(
                    request,
                    memory.lookup(
                            request.text(),
                            request.languages(),
                            request.minScore(),
                            request.max()));
        }
    }
}
