package dev.attache.qa.numbers;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A date as far as the text gives it: "27 February 2023", "27 февраля", "в феврале", "February
 * 2023". A field the text leaves out is 0; the month is always there (a year alone is an {@link
 * Amount}).
 */
public record CalendarDate(int day, int month, int year) implements Quantity {
    public CalendarDate {
        if (day < 0 || day > 31 || month < 1 || month > 12 || year < 0) {
            throw new IllegalArgumentException(
                    "no date: day " + day + ", month " + month + ", year " + year);
        }
    }

    /**
     * Whether the two name the same day as far as both go: the same month, and the same day and
     * year where both give them (December 2021 and "Dekabr"; 27 February 2023 and "27 февраля").
     */
    public boolean agrees(CalendarDate other) {
        return month == other.month
                && (day == 0 || other.day == 0 || day == other.day)
                && (year == 0 || other.year == 0 || year == other.year);
    }

    @Override
    public String describe() {
        String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return ((day > 0 ? day + " " : "") + name + (year > 0 ? " " + year : ""));
    }
}
