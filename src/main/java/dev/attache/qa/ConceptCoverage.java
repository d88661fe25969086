package dev.attache.qa;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one glossary concept fared in a document: in how many segments its term occurs in the source,
 * how many of those are translated and how many of these render it as the glossary wants; which
 * target terms were used (the glossary's term, with how often a form of it was found in the
 * targets), and which deprecated ones slipped in.
 *
 * @param sourceTerm the source-language term (the concept's preferred one, else the text first
 *     found)
 */
public record ConceptCoverage(
        String conceptId,
        String sourceTerm,
        int sourceSegments,
        int translatedSegments,
        int renderedSegments,
        Map<String, Integer> renderings,
        Map<String, Integer> deprecated) {
    public ConceptCoverage {
        requireNonNull(conceptId, "conceptId");
        requireNonNull(sourceTerm, "sourceTerm");
        if (sourceSegments < 0
                || translatedSegments < 0
                || renderedSegments < 0
                || translatedSegments > sourceSegments
                || renderedSegments > translatedSegments) {
            throw new IllegalArgumentException(
                    "inconsistent coverage of "
                            + conceptId
                            + ": "
                            + sourceSegments
                            + " source segments, "
                            + translatedSegments
                            + " translated, "
                            + renderedSegments
                            + " rendered");
        }
        renderings = Collections.unmodifiableMap(new LinkedHashMap<>(renderings));
        deprecated = Collections.unmodifiableMap(new LinkedHashMap<>(deprecated));
    }

    /**
     * Translated segments whose source has the concept but whose target has none of its allowed
     * renderings.
     */
    public int unrenderedSegments() {
        return translatedSegments - renderedSegments;
    }
}
