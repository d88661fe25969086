package dev.attache.qa.numbers;

import java.util.Locale;

/**
 * What a line of a numbers lexicon says a word is; the names are the lexicon's kinds in upper case.
 */
enum WordKind {
    CARDINAL,
    ORDINAL,
    SCALE,
    PERCENT,
    CURRENCY,
    QUALIFIER,
    MONTH,
    MONTH_IN_DATE,
    YEAR,
    DEICTIC_YEAR,
    DEICTIC_DAY,
    GROUPING,
    DECIMAL;

    /** The kind a lexicon line names: {@code month-in-date} is {@link #MONTH_IN_DATE}. */
    static WordKind named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** A kind whose forms are words of the text; the separators are characters inside digits. */
    boolean isWord() {
        return this != GROUPING && this != DECIMAL;
    }
}
