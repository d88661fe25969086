package dev.attache.qa;

/**
 * What a QA check found wrong in one target: the caller adds the unit and segment. Term QA's findings are
 * {@link TermFinding}s, the numbers check's are {@link dev.attache.qa.numbers.NumberFinding}s, the mechanical check's
 * {@link dev.attache.qa.mechanical.MechanicalFinding}s.
 */
public interface QaFinding {
    /** The id of the check that found it, as {@code --checks} names it: {@code terms}, {@code numbers},
     * {@code mechanical}.
     */
    String check();

    /** What kind of finding it is, in a word for reports: {@code missing-term}, {@code wrong-number}, … */
    String kind();

    /** One sentence naming what was expected and what was found. */
    String message();

    Severity severity();
}
