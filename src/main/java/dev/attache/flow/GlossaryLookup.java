package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.glossary.Concept;
import dev.attache.glossary.GlossaryFiles;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.glossary.Term;
import dev.attache.glossary.TermKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code glossary lookup} flow: the concepts that have a term equal to the query in some
 * language, ignoring case in that language's own way (and ё/е, and Unicode normal forms).
 */
public final class GlossaryLookup {

    /** A concept whose term in {@code lang} matched the query. */
    public record Match(Concept concept, String lang) {
        public Match {
            requireNonNull(concept, "concept");
            requireNonNull(lang, "lang");
        }
    }

    /** The glossary searched and what it held. */
    public record Result(String origin, List<Match> matches) {
        public Result {
            requireNonNull(origin, "origin");
            matches = List.copyOf(matches);
        }
    }

    /**
     * Looks the term up in {@code glossaryFile}, or in the default glossary seen from {@code
     * workingFolder}.
     */
    public Result lookup(String query, Optional<Path> glossaryFile, Path workingFolder) {
        LoadedGlossary loaded = new GlossaryFiles().load(glossaryFile, workingFolder);
        var matches = new ArrayList<Match>();
        for (Concept concept : loaded.glossary().concepts()) {
            concept.terms().entrySet().stream()
                    .filter(
                            e ->
                                    e.getValue().stream()
                                            .anyMatch(t -> same(e.getKey(), t.text(), query)))
                    .findFirst()
                    .ifPresent(e -> matches.add(new Match(concept, e.getKey())));
        }
        return new Result(loaded.origin(), matches);
    }

    private static boolean same(String lang, String term, String query) {
        return TermKey.of(lang, term).equals(TermKey.of(lang, query));
    }

    /**
     * The match as lines: the concept id with its subject, definition and source, then the terms of
     * the matched language and of {@code languages} (all languages when empty), one a line with
     * status, part of speech and note.
     */
    public List<String> render(Match match, List<String> languages) {
        Concept concept = match.concept();
        var lines = new ArrayList<String>();
        lines.add(
                concept.id() + (concept.subject().isEmpty() ? "" : " (" + concept.subject() + ")"));
        if (!concept.definition().isEmpty()) {
            lines.add("  definition: " + concept.definition());
        }
        if (!concept.source().isEmpty()) {
            lines.add("  source: " + concept.source());
        }
        for (String lang : concept.terms().keySet()) {
            if (languages.isEmpty() || languages.contains(lang) || lang.equals(match.lang())) {
                for (Term term : concept.terms(lang)) {
                    lines.add(
                            "  "
                                    + lang
                                    + ": "
                                    + term.text()
                                    + " ["
                                    + term.status().word()
                                    + (term.partOfSpeech().isEmpty()
                                            ? ""
                                            : ", " + term.partOfSpeech())
                                    + "]"
                                    + (term.note().isEmpty() ? "" : " — " + term.note()));
                }
            }
        }
        for (String lang : languages) {
            if (concept.terms(lang).isEmpty()) {
                lines.add("  " + lang + ": (no term)");
            }
        }
        return lines;
    }
}
