package dev.attache.worksheet;

import static java.util.Objects.requireNonNull;

/** What a Target cell held, as the spreadsheet application saved it. */
public sealed interface TargetCell {
    /** What the cell shows: the text, a formula's cached value, or the error code. */
    String shown();

    /**
     * Plain or rich text, or a number, date or boolean rendered as the translator sees it; never
     * null.
     */
    record Text(String value) implements TargetCell {
        public Text {
            requireNonNull(value, "value");
        }

        @Override
        public String shown() {
            return value;
        }
    }

    /**
     * A formula (refused on import); {@code cachedValue} is what the application last computed,
     * maybe empty.
     */
    record Formula(String expression, String cachedValue) implements TargetCell {
        public Formula {
            requireNonNull(expression, "expression");
            requireNonNull(cachedValue, "cachedValue");
        }

        @Override
        public String shown() {
            return cachedValue;
        }
    }

    /** An error cell such as {@code #DIV/0!} (refused on import). */
    record ErrorValue(String code) implements TargetCell {
        public ErrorValue {
            requireNonNull(code, "code");
        }

        @Override
        public String shown() {
            return code;
        }
    }
}
