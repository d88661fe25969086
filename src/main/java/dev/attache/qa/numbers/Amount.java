package dev.attache.qa.numbers;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A number with what it counts, if the text says: a percentage ({@code %}) or a currency ({@code
 * dollars}).
 *
 * @param value the number with its scale applied: 100 million is 100000000, 30th is 30
 * @param unit {@code %}, a currency's name, or {@code ""}
 */
public record Amount(BigDecimal value, String unit) implements Quantity {
    private static final BigDecimal BILLION = new BigDecimal("1e9");
    private static final BigDecimal MILLION = new BigDecimal("1e6");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("1e4");
    private static final BigDecimal FIRST_YEAR = BigDecimal.valueOf(1000);
    private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(2999);

    public Amount {
        value = requireNonNull(value, "value").stripTrailingZeros();
        requireNonNull(unit, "unit");
    }

    /**
     * The same value without a unit: one side may name the currency where the other leaves it
     * understood.
     */
    public Amount bare() {
        return new Amount(value, "");
    }

    /** Whether it may be a year: a whole number from 1000 to 2999, without a unit. */
    boolean isYear() {
        return unit.isEmpty()
                && value.scale() <= 0
                && value.compareTo(FIRST_YEAR) >= 0
                && value.compareTo(LAST_YEAR) <= 0;
    }

    @Override
    public String describe() {
        String number =
                value.abs().compareTo(BILLION) >= 0
                        ? grouped(value.divide(BILLION)) + " billion"
                        : value.abs().compareTo(MILLION) >= 0
                                ? grouped(value.divide(MILLION)) + " million"
                                : grouped(value);
        return unit.isEmpty() ? number : unit.equals("%") ? number + "%" : number + " " + unit;
    }

    /** 27,000 and 1,000.5 but 2023 (a year, most often) and 1.5. */
    private static String grouped(BigDecimal number) {
        String pattern = number.abs().compareTo(TEN_THOUSAND) < 0 ? "0.###" : "#,##0.###";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH))
                .format(number);
    }
}
