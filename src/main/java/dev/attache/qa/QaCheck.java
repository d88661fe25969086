package dev.attache.qa;

import dev.attache.qa.consistency.ConsistencyChecker;
import dev.attache.qa.consistency.ConsistencyFinding;
import dev.attache.qa.mechanical.MechanicalFinding;
import dev.attache.qa.numbers.NumberFinding;
import dev.attache.qa.quotes.QuoteChecker;
import dev.attache.qa.quotes.QuoteFinding;
import dev.attache.qa.script.ScriptChecker;
import dev.attache.qa.script.ScriptFinding;
import dev.attache.qa.spelling.SpellingChecker;
import dev.attache.qa.spelling.SpellingFinding;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The checks {@code attache qa} can run, by the ids {@code --checks} and the JSON name them. */
public enum QaCheck {
    /** Glossary terms: {@link TermChecker}. */
    TERMS(TermFinding.CHECK),
    /** Numbers and dates: {@link dev.attache.qa.numbers.NumberChecker}. */
    NUMBERS(NumberFinding.CHECK),
    /**
     * Empty or untranslated targets, stray white space, doubled words, a dropped full stop:
     * CheckMate's.
     */
    MECHANICAL(MechanicalFinding.CHECK),
    /** Unpaired quote marks and brackets, and quotes not of ru or az: {@link QuoteChecker}. */
    QUOTES(QuoteFinding.CHECK),
    /** A ru target mostly in Latin letters, an az one with Cyrillic: {@link ScriptChecker}. */
    SCRIPT(ScriptFinding.CHECK),
    /**
     * One source translated several ways, or several sources with one translation, across the whole
     * of the documents checked together: {@link ConsistencyChecker}. Not a check of one segment, so
     * only {@code qa} runs it.
     */
    CONSISTENCY(ConsistencyFinding.CHECK),
    /**
     * Russian words the speller (LanguageTool) and the glossary do not know: {@link
     * SpellingChecker}. Its start costs seconds, so it runs only when asked for ({@code qa
     * --spelling} or {@code --checks spelling}), never by default.
     */
    SPELLING(SpellingFinding.CHECK);

    private final String id;

    QaCheck(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * Every check but spelling, which is run only when asked for: what qa, import and report run by
     * default.
     */
    public static Set<QaCheck> all() {
        return EnumSet.complementOf(EnumSet.of(SPELLING));
    }

    /**
     * The check of {@code id} ({@code terms}, {@code numbers}, {@code mechanical}, {@code quotes},
     * {@code script}, {@code consistency}, {@code spelling}).
     */
    public static QaCheck of(String id) {
        return Arrays.stream(values())
                .filter(c -> c.id.equals(id))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "no check '"
                                                + id
                                                + "': the checks are "
                                                + Arrays.stream(values())
                                                        .map(QaCheck::id)
                                                        .toList()));
    }
}
