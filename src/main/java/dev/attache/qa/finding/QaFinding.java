package dev.attache.qa.finding;

import dev.attache.Severity;
import java.util.Optional;

/**
 * What a QA check found wrong in one target: the caller adds the unit and segment. Each check has
 * its own kind of finding ({@link dev.attache.qa.TermFinding}, {@link
 * dev.attache.qa.numbers.NumberFinding}, {@link dev.attache.qa.mechanical.MechanicalFinding}, …).
 */
public interface QaFinding {
    /**
     * The id of the check that found it, as {@code --checks} names it ({@link
     * dev.attache.qa.QaCheck}).
     */
    String check();

    /**
     * What kind of finding it is, in a word for reports: {@code missing-term}, {@code
     * wrong-number}, …
     */
    String kind();

    /** One sentence naming what was expected and what was found. */
    String message();

    Severity severity();

    /** The part of the target it concerns, where it concerns one. */
    default Optional<TargetSpan> span() {
        return Optional.empty();
    }
}
