package dev.attache.glossary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A termbase: its concepts, in file order, with unique ids; a concept is found by its id without a search. */
public final class Glossary {
    private final List<Concept> concepts;
    private final Map<String, Concept> byId;

    public Glossary(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        this.byId = new HashMap<>();
        for (Concept c : this.concepts) {
            if (byId.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate concept id '" + c.id() + "'");
            }
        }
    }

    public static Glossary empty() {
        return new Glossary(List.of());
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
