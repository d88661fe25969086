package dev.attache.qa.numbers;

import dev.attache.qa.numbers.Token.Digits;
import dev.attache.qa.numbers.Token.Word;
import dev.attache.qa.numbers.Token.Written;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the tokens of one text as mentions, left to right: a day, month and year next to each other
 * are a date (27 February 2023, February 27, 2023, 27–28 февраля, 2023-cü il fevralın 27-də), a
 * month alone is a date without day; any other number is an amount with the scale, percent sign and
 * currency beside it ($100 million, 100 млн долларов США, 50 %, %50). Not thread-safe: one per
 * text.
 */
final class MentionParser {
    private static final Pattern SPACE = Pattern.compile("\\.?[\\s\\u00A0\\u202F\\u2009]*");
    private static final Pattern LIST = Pattern.compile("[\\s\\u00A0]*,?[\\s\\u00A0]*");
    private static final Pattern RANGE = Pattern.compile("[\\s\\u00A0]*[-–—][\\s\\u00A0]*");
    private static final int FIRST_YEAR = 1000;
    private static final int LAST_YEAR = 2999;

    private final String text;
    private final List<Token> tokens;
    private final Tokenizer tokenizer;
    private final List<Mention> mentions = new ArrayList<>();

    MentionParser(String text, Tokenizer tokenizer) {
        this.text = text;
        this.tokenizer = tokenizer;
        this.tokens = tokenizer.tokens(text);
    }

    List<Mention> mentions() {
        int i = 0;
        while (i < tokens.size()) {
            i = readAt(i);
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    /** Reads what starts at token {@code i}; returns the index of the next unread token. */
    private int readAt(int i) {
        Token token = tokens.get(i);
        if (token instanceof Written written) {
            add(written.quantity(), token, token, false);
            return i + 1;
        }
        if (token instanceof Digits) {
            return dayFirst(i).or(() -> yearFirst(i)).orElseGet(() -> amount(i, i));
        }
        Word word = (Word) token;
        return switch (word.entry().kind()) {
            case MONTH, MONTH_IN_DATE -> monthFirst(i);
            case CARDINAL, ORDINAL -> amount(i, i);
            case CURRENCY, PERCENT, QUALIFIER ->
                    prefixOf(i).map(number -> amount(i, number)).orElse(i + 1);
            case DEICTIC_YEAR -> deictic(i, DeicticTime.Reach.YEAR);
            case DEICTIC_DAY -> deictic(i, DeicticTime.Reach.DAY);
            default -> i + 1;
        };
    }

    /** 27 February 2023, 27 февраля, 27–28 февраля 2023 года, 27 fevral 2023-cü il. */
    private Optional<Integer> dayFirst(int i) {
        int day = day(i);
        if (day < 0) {
            return Optional.empty();
        }
        if (day(i + 1) > 0
                && joined(i, i + 1, RANGE)
                && month(i + 2) > 0
                && joined(i + 1, i + 2, SPACE)) {
            add(
                    new CalendarDate(day, month(i + 2), Math.max(yearAfter(i + 2), 0)),
                    tokens.get(i),
                    tokens.get(i),
                    false);
            return dayFirst(i + 1);
        }
        if (month(i + 1) < 0 || !joined(i, i + 1, SPACE)) {
            return Optional.empty();
        }
        int year = yearAfter(i + 1);
        int last = year > 0 ? i + 2 : i + 1;
        add(
                new CalendarDate(day, month(i + 1), Math.max(year, 0)),
                tokens.get(i),
                tokens.get(last),
                false);
        return Optional.of(last + 1);
    }

    /**
     * 2023-cü il fevralın 27-də, 2023-cü il 27 fevral, в 2022 году 27 февраля: a year, then a date
     * in the year.
     */
    private Optional<Integer> yearFirst(int i) {
        int year = year(i);
        int next = i + 1;
        if (year < 0) {
            return Optional.empty();
        }
        if (is(next, WordKind.YEAR) && joined(i, next, SPACE)) {
            next++;
        }
        if (!joined(next - 1, next, SPACE)) {
            return Optional.empty();
        }
        if (day(next) > 0 && month(next + 1) > 0 && joined(next, next + 1, SPACE)) {
            add(
                    new CalendarDate(day(next), month(next + 1), year),
                    tokens.get(i),
                    tokens.get(next + 1),
                    false);
            return Optional.of(next + 2);
        }
        if (month(next) > 0) {
            boolean withDay = day(next + 1) > 0 && joined(next, next + 1, SPACE);
            int last = withDay ? next + 1 : next;
            add(
                    new CalendarDate(withDay ? day(next + 1) : 0, month(next), year),
                    tokens.get(i),
                    tokens.get(last),
                    false);
            return Optional.of(last + 1);
        }
        return Optional.empty();
    }

    /** February 27, 2023; February 27–28; fevralın 27-də; February 2023; в феврале. */
    private int monthFirst(int i) {
        int month = month(i);
        int day = joined(i, i + 1, SPACE) ? day(i + 1) : -1;
        if (day > 0) {
            if (day(i + 2) > 0 && joined(i + 1, i + 2, RANGE)) {
                int year = Math.max(yearAfter(i + 2), 0);
                int last = year > 0 ? i + 3 : i + 2;
                add(new CalendarDate(day, month, year), tokens.get(i), tokens.get(i + 1), false);
                add(
                        new CalendarDate(day(i + 2), month, year),
                        tokens.get(i + 2),
                        tokens.get(last),
                        false);
                return last + 1;
            }
            int year = yearAfter(i + 1);
            int last = year > 0 ? i + 2 : i + 1;
            add(
                    new CalendarDate(day, month, Math.max(year, 0)),
                    tokens.get(i),
                    tokens.get(last),
                    false);
            return last + 1;
        }
        int year = joined(i, i + 1, SPACE) ? year(i + 1) : -1;
        if (year > 0) {
            add(new CalendarDate(0, month, year), tokens.get(i), tokens.get(i + 1), false);
            return i + 2;
        }
        if (is(i, WordKind.MONTH)) {
            add(new CalendarDate(0, month, 0), tokens.get(i), tokens.get(i), false);
        }
        return i + 1;
    }

    /**
     * The number at token {@code number} (digits or words) with what follows it: a scale (million,
     * млн, 5bn), a percent sign or word, a currency (and its "US", "США", "ABŞ"); {@code first} is
     * a currency or percent sign before the number ($100, %50), or the number itself.
     */
    private int amount(int first, int number) {
        Token token = tokens.get(number);
        BigDecimal value;
        boolean spelledOut = token instanceof Word;
        if (token instanceof Digits digits) {
            value = digits.value();
            Optional<LexiconEntry> suffix =
                    digits.suffix().isEmpty()
                            ? Optional.empty()
                            : tokenizer
                                    .entry(digits.suffix())
                                    .filter(e -> e.kind() == WordKind.SCALE);
            value = suffix.map(scale -> digits.value().multiply(scale.number())).orElse(value);
        } else {
            value = ((Word) token).entry().number();
        }
        String unit = first < number ? unit((Word) tokens.get(first)) : "";
        int last = number;
        if (is(last + 1, WordKind.SCALE) && joined(last, last + 1, SPACE)) {
            value = value.multiply(((Word) tokens.get(++last)).entry().number());
        }
        if (is(last + 1, WordKind.PERCENT) && joined(last, last + 1, SPACE)) {
            unit = unit((Word) tokens.get(++last));
        }
        if (is(last + 1, WordKind.QUALIFIER)
                && is(last + 2, WordKind.CURRENCY)
                && joined(last, last + 2, SPACE)) {
            last++;
        }
        if (is(last + 1, WordKind.CURRENCY) && joined(last, last + 1, SPACE)) {
            unit = unit((Word) tokens.get(++last));
            if (is(last + 1, WordKind.QUALIFIER) && joined(last, last + 1, SPACE)) {
                last++;
            }
        }
        add(new Amount(value, unit), tokens.get(first), tokens.get(last), spelledOut);
        return last + 1;
    }

    /**
     * "this year", "today": a time the speaker's day names, reported only where it stands for
     * nothing.
     */
    private int deictic(int i, DeicticTime.Reach reach) {
        add(new DeicticTime(reach), tokens.get(i), tokens.get(i), true);
        return i + 1;
    }

    /**
     * The number that a currency or percent sign at {@code i} stands before ($100, US$ 5, %50), if
     * one does.
     */
    private Optional<Integer> prefixOf(int i) {
        int number = is(i, WordKind.QUALIFIER) ? i + 1 : i;
        boolean sign = is(number, WordKind.CURRENCY) || is(number, WordKind.PERCENT);
        return sign
                        && number + 1 < tokens.size()
                        && tokens.get(number + 1) instanceof Digits
                        && joined(i, number + 1, SPACE)
                ? Optional.of(number + 1)
                : Optional.empty();
    }

    private static String unit(Word word) {
        return word.is(WordKind.PERCENT)
                ? "%"
                : word.is(WordKind.CURRENCY) ? word.entry().value() : "";
    }

    private void add(Quantity quantity, Token first, Token last, boolean spelledOut) {
        mentions.add(
                new Mention(
                        quantity,
                        first.start(),
                        last.end(),
                        text.substring(first.start(), last.end()),
                        spelledOut));
    }

    /** The year after the token at {@code i}, with at most a comma between, or -1. */
    private int yearAfter(int i) {
        return joined(i, i + 1, LIST) ? year(i + 1) : -1;
    }

    private int day(int i) {
        return i < tokens.size()
                        && tokens.get(i) instanceof Digits digits
                        && digits.value().scale() <= 0
                ? digits.whole(1, 31)
                : -1;
    }

    private int year(int i) {
        return i < tokens.size()
                        && tokens.get(i) instanceof Digits digits
                        && digits.value().scale() <= 0
                ? digits.whole(FIRST_YEAR, LAST_YEAR)
                : -1;
    }

    private int month(int i) {
        return is(i, WordKind.MONTH) || is(i, WordKind.MONTH_IN_DATE)
                ? ((Word) tokens.get(i)).entry().number().intValueExact()
                : -1;
    }

    private boolean is(int i, WordKind kind) {
        return i < tokens.size() && tokens.get(i) instanceof Word word && word.is(kind);
    }

    /**
     * Whether only what {@code between} allows stands between tokens {@code a} and {@code b} (every
     * pair of them).
     */
    private boolean joined(int a, int b, Pattern between) {
        if (b >= tokens.size()) {
            return false;
        }
        for (int i = a; i < b; i++) {
            if (!between.matcher(text.substring(tokens.get(i).end(), tokens.get(i + 1).start()))
                    .matches()) {
                return false;
            }
        }
        return true;
    }
}
