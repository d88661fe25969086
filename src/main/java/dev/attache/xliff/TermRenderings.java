package dev.attache.xliff;

import static java.util.Objects.requireNonNull;

import dev.attache.glossary.Glossary;
import dev.attache.glossary.Term;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The expected target rendering of each glossary concept ({@code allied-interaction → союзническое
 * взаимодействие}), by concept id. The XLIFF 2.1 writer puts it in the glossary module's {@code <gls:translation>};
 * the document model itself only knows where the terms are, not how they translate.
 */
public record TermRenderings(Map<String, String> byConcept) {
    public TermRenderings {
        byConcept = Map.copyOf(byConcept);
        byConcept.forEach((concept, rendering) -> {
            if (concept.isBlank() || rendering.isBlank()) {
                throw new IllegalArgumentException("a term rendering needs a concept id and a text: '"
                        + concept + "' → '" + rendering + "'");
            }
        });
    }

    public static TermRenderings none() {
        return new TermRenderings(Map.of());
    }

    /** The preferred term in the target language of every concept that has one. */
    public static TermRenderings of(Glossary glossary, Locale targetLang) {
        requireNonNull(targetLang, "targetLang");
        Map<String, String> renderings = new HashMap<>();
        glossary.concepts().forEach(concept -> concept.preferred(targetLang.getLanguage()).map(Term::text)
                .ifPresent(text -> renderings.put(concept.id(), text)));
        return new TermRenderings(renderings);
    }

    public Optional<String> rendering(String conceptId) {
        return Optional.ofNullable(byConcept.get(conceptId));
    }
}
