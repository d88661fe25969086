package dev.attache.qa.numbers;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** A piece of text that a number or date is made of, as {@link Tokenizer} finds it. */
sealed interface Token {
    int start();

    int end();

    /**
     * Digits read as a number with the language's separators ({@code 1 000,5}), and the letters
     * stuck to them, which make an ordinal or a case ({@code 30th}, {@code 30-летие}, {@code
     * 2023-cü}) or a scale ({@code 5bn}).
     */
    record Digits(int start, int end, BigDecimal value, String suffix) implements Token {
        public Digits {
            requireNonNull(value, "value");
            requireNonNull(suffix, "suffix");
        }

        /** The value when it is a whole number from {@code min} to {@code max}, else -1. */
        int whole(int min, int max) {
            boolean whole =
                    value.scale() <= 0
                            || value.signum() == 0
                            || value.stripTrailingZeros().scale() <= 0;
            if (!whole || value.precision() - value.scale() > 10) {
                return -1; // (ten digits and more are no int)
            }
            long number = value.longValue();
            return number >= min && number <= max ? (int) number : -1;
        }
    }

    /** A date or a time of day written in digits alone: {@code 27.02.2023}, {@code 20:59}. */
    record Written(int start, int end, Quantity quantity) implements Token {
        public Written {
            requireNonNull(quantity, "quantity");
        }
    }

    /**
     * A word (or words) of the lexicon: {@code февраля}, {@code million}, {@code iki}, {@code $}.
     */
    record Word(int start, int end, LexiconEntry entry) implements Token {
        public Word {
            requireNonNull(entry, "entry");
        }

        boolean is(WordKind kind) {
            return entry.kind() == kind;
        }
    }
}
