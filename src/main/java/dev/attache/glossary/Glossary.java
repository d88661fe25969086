package dev.attache.glossary;

import dev.attache.model.TermRenderings;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A termbase: its concepts, in file order, with unique ids; a concept is found by its id without a
 * search.
 */
public final class Glossary {
    private final List<Concept> concepts;
    private final Map<String, Concept> byId;

    /**
     * The index of each language's terms, built when a matcher first asks for it: a {@code prepare}
     * into Russian and Azerbaijani matched English with two matchers (the sources' hints, the names
     * not in the glossary) and built the English index twice, at the end of a run that is mostly
     * start-up.
     */
    private final Map<String, TermIndex> indexes = new ConcurrentHashMap<>();

    public Glossary(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        this.byId = new HashMap<>();
        for (Concept c : this.concepts) {
            if (byId.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate concept id '" + c.id() + "'");
            }
        }
    }

    /** The index of the terms of {@code lang} (lower case), built once. */
    TermIndex index(String lang) {
        return indexes.computeIfAbsent(
                lang, l -> new TermIndex(this, l, new WordTokenizer(l), new WordNormalizer(l)));
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    /** The preferred term in the target language of every concept that has one, by concept id. */
    public TermRenderings renderings(Locale targetLang) {
        Map<String, String> renderings = new HashMap<>();
        concepts()
                .forEach(
                        concept ->
                                concept.preferred(targetLang.getLanguage())
                                        .map(Term::text)
                                        .ifPresent(text -> renderings.put(concept.id(), text)));
        return new TermRenderings(renderings);
    }

    public List<Concept> concepts() {
        return concepts;
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Whether some concept has a term in {@code lang}, a primary language ({@code ru}). */
    public boolean covers(String lang) {
        return concepts.stream().anyMatch(c -> !c.terms(lang).isEmpty());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Glossary glossary && concepts.equals(glossary.concepts);
    }

    @Override
    public int hashCode() {
        return concepts.hashCode();
    }

    @Override
    public String toString() {
        return "Glossary[concepts=" + concepts + "]";
    }
}
