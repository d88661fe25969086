package dev.attache.deliver;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.steps.wordcount.WordCounter;

/**
 * Counts the words of a text the GMX-V way, through Okapi's word count step ({@code
 * okapi-step-wordcount}), in the text's own language. Okapi tokenises the text with its ICU rules
 * and counts its words, hyphenated words ({@code mega-projects}: one), numbers ({@code 2022},
 * {@code 1,000}: one each) and times ({@code 20:59}: one); an apostrophe inside or at the end of a
 * word does not split it ({@code Lavrov's}, {@code countries'}: one each), punctuation counts
 * nothing. What Okapi tags otherwise counts nothing either: an abbreviation (a run of an even
 * number of capitals such as {@code NATO}, or {@code U.S.}), a date written {@code 12/25/2023}, an
 * amount {@code $100}. Logographic languages (Chinese, Japanese, …) count characters divided by
 * GMX-V's factor.
 */
public final class GmxWordCounter {
    /** How the figures were counted, as reports name it. */
    public static final String NAME = "GMX-V";

    /** The number of words of {@code text} written in {@code language}. */
    public long count(String text, Locale language) {
        requireNonNull(text, "text");
        requireNonNull(language, "language");
        if (text.isBlank()) {
            return 0;
        }
        return WordCounter.count(text, LocaleId.fromBCP47(language.toLanguageTag()));
    }

    /**
     * Has Okapi build its tokenizer (its step, rules and ICU break iterators: most of the time
     * {@code stats} takes on a short file) on a daemon thread of its own, by counting a word in
     * {@code language}, while the caller reads its files. A count meanwhile waits for the tokenizer
     * as it would have built it; a failure here is left for the real count to meet and report.
     */
    public void warmUp(Locale language) {
        Thread thread =
                new Thread(
                        () -> {
                            try {
                                count("warm-up", language);
                            } catch (RuntimeException e) {
                                // the real count meets the same failure, if it is one, and reports
                                // it
                            }
                        },
                        "word-counter-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
