package dev.attache.qa.numbers;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A time named by where the speaker stands: "this year", "в этом году", "bu il" ({@link
 * Reach#YEAR}); "today", "сегодня", "bu gün" ({@link Reach#DAY}). A rendering may resolve it to the
 * year or the date it means, or leave a year or date as "this year" or "today": such a mention
 * stands for a year or a dated day the other side has, and is never reported itself.
 */
public record DeicticTime(Reach reach) implements Quantity {
    /** What the words name: a year, or a day. */
    public enum Reach {
        YEAR,
        DAY
    }

    public DeicticTime {
        requireNonNull(reach, "reach");
    }

    /**
     * Whether {@code other} is what this may stand for: a year alone (a whole number from 1000 to
     * 2999 without a unit) for a year, a date with its day for a day.
     */
    boolean standsFor(Quantity other) {
        return switch (reach) {
            case YEAR -> other instanceof Amount amount && amount.isYear();
            case DAY -> other instanceof CalendarDate date && date.day() > 0;
        };
    }

    @Override
    public String describe() {
        return reach == Reach.YEAR ? "this year" : "today";
    }

    @Override
    public String toString() {
        return reach.name().toLowerCase(Locale.ROOT);
    }
}
