package dev.attache.qa.numbers;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One line of a numbers lexicon: a kind of word, its value and its forms, a regular expression
 * without capturing groups (they would break the reader's pattern, into which every form goes).
 *
 * @param value a number for numbers, scales and months, a currency's name in messages for
 *     currencies, else "-"
 */
record LexiconEntry(WordKind kind, String value, String form) {
    LexiconEntry {
        requireNonNull(kind, "kind");
        requireNonNull(value, "value");
        requireNonNull(form, "form");
        if (Pattern.compile(form).matcher("").groupCount() > 0) {
            throw new IllegalArgumentException(
                    "the form " + form + " has a capturing group: write (?:...)");
        }
        if (kind != WordKind.CURRENCY && !value.equals("-")) {
            number(value);
        }
    }

    /** The value as a number: a word's value, a scale's multiplier, a month's number. */
    BigDecimal number() {
        return number(value);
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the value " + value + " is no number", e);
        }
    }
}
