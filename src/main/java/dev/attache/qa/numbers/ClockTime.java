package dev.attache.qa.numbers;

/** A time of day, {@code 20:59}. */
public record ClockTime(int hour, int minute) implements Quantity {
    public ClockTime {
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            throw new IllegalArgumentException("no time of day: " + hour + ":" + minute);
        }
    }

    @Override
    public String describe() {
        return "%d:%02d".formatted(hour, minute);
    }
}
