package dev.attache.qa.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@link Token}s of a text in one language, left to right: where a digit is, dates and
 * times in digits (and a time glued to the year before it, as a ministry page copied as text has
 * it: "27 February 202320:59"), then digits with the language's separators, in one regular
 * expression; else the lexicon's words, of the forms that can start with the character there
 * ({@link FormGroups}: trying a hundred forms at every place was most of an import's QA). Digits in
 * a name are no number: COVID-19, G20, S-300, Су-35 (but USD4 and mid-2021 are numbers).
 * Thread-safe.
 */
final class Tokenizer {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Pattern numbers;
    private final FormGroups words;

    Tokenizer(Lexicon lexicon) {
        this.words = new FormGroups(lexicon.words(), FLAGS);
        String group = lexicon.grouping();
        String point = lexicon.decimal();
        this.numbers =
                Pattern.compile(
                        String.join(
                                "|",
                                "(?<date>(?<!\\d)(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>\\d{4})(?!\\d))",
                                "(?<glued>(?<!\\d)(?<gluedYear>[12]\\d{3})(?<gluedHour>[01]\\d|2[0-3]):(?<gluedMinute>[0-5]\\d)"
                                        + "(?!\\d))",
                                "(?<time>(?<![\\d.,:])(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?![\\d:]))",
                                "(?<digits>(?<whole>(?<!\\d)(?:\\d{1,3}(?:"
                                        + group
                                        + "\\d{3})+(?!\\d)|\\d+))"
                                        + "(?:"
                                        + point
                                        + "(?<fraction>\\d+))?)(?<suffix>-?\\p{L}+)?"),
                        FLAGS);
    }

    /**
     * The tokens from left to right: at each place, a date, a time or digits where a digit is, or
     * else a word of the lexicon's forms that can start with the character there.
     */
    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        TextMatchers matchers = new TextMatchers(text);
        int at = 0;
        while (at < text.length()) {
            int c = text.codePointAt(at);
            int end = c >= '0' && c <= '9' ? number(matchers, at, tokens) : -1;
            if (end < 0) {
                end = word(matchers, at, c, tokens);
            }
            at = end < 0 ? at + Character.charCount(c) : end;
        }
        return tokens;
    }

    /**
     * The word of the lexicon's forms at {@code start}, if it is an entry's; where it ends, or -1.
     */
    private int word(TextMatchers text, int start, int c, List<Token> tokens) {
        if (!FormGroups.mayStartWord(text.text(), start)) {
            return -1; // inside a word: most places of a text
        }
        Optional<FormGroups.Group> group = words.startingWith(c);
        int end = group.map(g -> g.wordEnd(text, start)).orElse(-1);
        if (end >= 0) {
            group.get()
                    .entry(text, start, end)
                    .ifPresent(e -> tokens.add(new Token.Word(start, end, e)));
        }
        return end;
    }

    /**
     * The token of a date, a time or digits at {@code start} (none for digits in a name); where
     * they end, or -1.
     */
    private int number(TextMatchers matchers, int start, List<Token> tokens) {
        String text = matchers.text();
        Matcher m = matchers.in(numbers, start, text.length());
        if (!m.lookingAt()) {
            return -1;
        }
        if (m.group("date") != null) {
            written(
                    m,
                    tokens,
                    () ->
                            new CalendarDate(
                                    Integer.parseInt(m.group("day")),
                                    Integer.parseInt(m.group("month")),
                                    Integer.parseInt(m.group("year"))));
        } else if (m.group("glued") != null) {
            int hour = m.start("gluedHour");
            tokens.add(new Token.Digits(m.start(), hour, new BigDecimal(m.group("gluedYear")), ""));
            tokens.add(
                    new Token.Written(
                            hour,
                            m.end(),
                            new ClockTime(
                                    Integer.parseInt(m.group("gluedHour")),
                                    Integer.parseInt(m.group("gluedMinute")))));
        } else if (m.group("time") != null) {
            tokens.add(
                    new Token.Written(
                            m.start(),
                            m.end(),
                            new ClockTime(
                                    Integer.parseInt(m.group("hour")),
                                    Integer.parseInt(m.group("minute")))));
        } else if (!inName(text, m.start(), tokens)) {
            String suffix = m.group("suffix") == null ? "" : m.group("suffix");
            String fraction = m.group("fraction") == null ? "" : "." + m.group("fraction");
            BigDecimal value = new BigDecimal(digitsOf(m.group("whole")) + fraction);
            tokens.add(new Token.Digits(m.start(), m.end(), value, suffix));
        }
        return m.end();
    }

    /**
     * Whether the digits at {@code start} are part of a name: right after a letter that is not a
     * currency's (G20, but not USD4), or after a hyphen and a word in capitals or with a capital
     * first (COVID-19, S-300, Су-35, but not mid-2021).
     */
    private static boolean inName(String text, int start, List<Token> before) {
        boolean hyphen =
                start > 0 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '‑');
        int wordEnd = hyphen ? start - 1 : start;
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == wordEnd) {
            return false;
        }
        if (hyphen) {
            return Character.isUpperCase(text.charAt(wordStart));
        }
        return !(!before.isEmpty()
                && before.get(before.size() - 1) instanceof Token.Word word
                && word.is(WordKind.CURRENCY)
                && word.end() == start);
    }

    /** The ASCII digits of {@code whole}, its group separators left out. */
    private static String digitsOf(String whole) {
        StringBuilder digits = new StringBuilder(whole.length());
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /**
     * The entry whose form the letters after digits are, without a hyphen: the scale of {@code
     * 5bn}.
     */
    Optional<LexiconEntry> entry(String suffix) {
        String bare = suffix.startsWith("-") ? suffix.substring(1) : suffix;
        return bare.isEmpty()
                ? Optional.empty()
                : words.startingWith(bare.codePointAt(0))
                        .flatMap(g -> g.entry(bare, 0, bare.length()));
    }

    /**
     * A date in digits, unless it is none (31.02.2023 passes, 45.13.2023 does not and is left out).
     */
    private static void written(Matcher m, List<Token> tokens, Supplier<CalendarDate> date) {
        try {
            tokens.add(new Token.Written(m.start(), m.end(), date.get()));
        } catch (IllegalArgumentException notADate) {
            // digits with points that make no date: a version number, a reference
        }
    }
}
