package dev.attache.qa.mechanical;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CheckMate's doubled-word check (Okapi 1.47.0, {@code GeneralChecker.checkSuspectPatterns}), done
 * here with its semantics: the text's words by ICU's word iterator of the target language; a word
 * equal to the word before it, with only white space ({@code [\t\v\n\f\r\p{Z}]+}) between them, is
 * doubled (each further repeat again); anything else between two words parts them. CheckMate made a
 * regular-expression matcher for every gap between two words and a string of each: on the 1 M-word
 * benchmark sheet its check was some 520 of the 820 MB the mechanical check allocated, a fifth of
 * all an import allocated. Here one matcher per text is moved from gap to gap, and words are
 * compared where they lie. Thread-safe: each thread has an iterator of its own.
 */
final class DoubledWords {
    /** CheckMate's white space between two words of a doubled word. */
    private static final Pattern SPACE = Pattern.compile("[\\t\\v\\n\\f\\r\\p{Z}]+");

    private final ThreadLocal<BreakIterator> iterators;

    /** The check of texts in {@code targetLang} (an ISO 639-1 code). */
    DoubledWords(String targetLang) {
        BreakIterator prototype = BreakIterator.getWordInstance(ULocale.forLanguageTag(targetLang));
        this.iterators = ThreadLocal.withInitial(() -> (BreakIterator) prototype.clone());
    }

    /** The range {@code [start, end)} of each doubled word's repeat in {@code text}, in order. */
    List<int[]> in(String text) {
        BreakIterator words = iterators.get();
        words.setText(text);
        Matcher space = SPACE.matcher(text);
        List<int[]> doubled = new ArrayList<>(0);
        int previousStart = -1;
        int previousEnd = -1;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() > BreakIterator.WORD_NONE_LIMIT) {
                if (previousStart >= 0 && isSame(text, previousStart, previousEnd, start, end)) {
                    doubled.add(new int[] {start, end});
                } else {
                    previousStart = start;
                    previousEnd = end;
                }
            } else if (!space.region(start, end).matches()) {
                previousStart = -1;
            }
        }
        return doubled;
    }

    private static boolean isSame(String text, int start, int end, int otherStart, int otherEnd) {
        return end - start == otherEnd - otherStart
                && text.regionMatches(start, text, otherStart, end - start);
    }
}
