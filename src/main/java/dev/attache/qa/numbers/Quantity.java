package dev.attache.qa.numbers;

/**
 * What a number or date of a text means, whatever the language: equal quantities are the same in
 * any language.
 */
public sealed interface Quantity permits Amount, CalendarDate, ClockTime, DeicticTime {
    /**
     * The quantity in English for messages: {@code 100 million dollars}, {@code 27 February 2023},
     * {@code 20:59}.
     */
    String describe();
}
