package dev.attache.qa;

import dev.attache.qa.finding.QaFinding;

/**
 * What term QA found wrong in one target: the caller adds the unit and segment. Each finding names
 * the concept, the source term and the rendering the glossary expects.
 */
public sealed interface TermFinding extends QaFinding
        permits MissingTerm, TooFewOccurrences, DeprecatedTerm {
    /** The id of term QA. */
    String CHECK = "terms";

    String conceptId();

    @Override
    default String check() {
        return CHECK;
    }
}
