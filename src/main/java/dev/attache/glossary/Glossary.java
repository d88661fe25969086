package dev.attache.glossary;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** A termbase: its concepts, in file order, with unique ids. */
public record Glossary(List<Concept> concepts) {
    public Glossary {
        concepts = List.copyOf(concepts);
        var ids = new HashSet<String>();
        for (Concept c : concepts) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("duplicate concept id '" + c.id() + "'");
            }
        }
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    public Optional<Concept> concept(String id) {
        return concepts.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
