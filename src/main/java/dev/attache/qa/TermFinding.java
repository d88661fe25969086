package dev.attache.qa;

/**
 * What term QA found wrong in one target: the caller adds the unit and segment. Each finding names the concept,
 * the source term and the rendering the glossary expects.
 */
public sealed interface TermFinding permits MissingTerm, TooFewOccurrences, DeprecatedTerm {
    String conceptId();

    /** What kind of finding it is, in a word for reports: {@code missing-term}, {@code deprecated-term}, … */
    String kind();

    /** One sentence naming the term and its expected rendering. */
    String message();

    Severity severity();
}
