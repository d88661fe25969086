package dev.attache.qa.numbers;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A date as far as the text gives it: "27 February 2023", "27 февраля", "в феврале", "February 2023". A field the
 * text leaves out is 0; the month is always there (a year alone is an {@link Amount}).
 */
public record CalendarDate(int day, int month, int year) implements Quantity {
    public CalendarDate {
        if (day < 0 || day > 31 || month < 1 || month > 12 || year < 0) {
            throw new IllegalArgumentException("no date: day " + day + ", month " + month + ", year " + year);
        }
    }

    @Override
    public String describe() {
        String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return ((day > 0 ? day + " " : "") + name + (year > 0 ? " " + year : ""));
    }
}
