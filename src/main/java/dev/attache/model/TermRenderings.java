package dev.attache.model;

import java.util.Map;
import java.util.Optional;

/**
 * The expected target rendering of each glossary concept ({@code allied-interaction → союзническое
 * взаимодействие}), by concept id. The XLIFF 2.1 writer puts it in the glossary module's {@code
 * <gls:translation>}; the document model itself only knows where the terms are, not how they
 * translate.
 */
public record TermRenderings(Map<String, String> byConcept) {
    public TermRenderings {
        byConcept = Map.copyOf(byConcept);
        byConcept.forEach(
                (concept, rendering) -> {
                    if (concept.isBlank() || rendering.isBlank()) {
                        throw new IllegalArgumentException(
                                "a term rendering needs a concept id and a text: '"
                                        + concept
                                        + "' → '"
                                        + rendering
                                        + "'");
                    }
                });
    }

    public static TermRenderings none() {
        return new TermRenderings(Map.of());
    }

    public Optional<String> rendering(String conceptId) {
        return Optional.ofNullable(byConcept.get(conceptId));
    }
}
