package dev.attache.glossary;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words with ICU's Unicode (UAX #29) word iterator: a hyphen separates words
 * ("mega-projects" is "mega" and "projects"), an apostrophe inside a word does not ("Russia's",
 * "Russia’s"). Only segments with a letter or a digit are kept; offsets are those of the text as
 * given.
 */
final class WordTokenizer {
    /** A word of a text and its character range [start, end). */
    record Word(int start, int end, String text) {}

    /**
     * An iterator per thread (ICU's are not thread-safe), set to each text in turn rather than
     * cloned per text.
     */
    private final ThreadLocal<BreakIterator> iterators;

    WordTokenizer(String lang) {
        BreakIterator prototype = BreakIterator.getWordInstance(ULocale.forLanguageTag(lang));
        this.iterators = ThreadLocal.withInitial(() -> (BreakIterator) prototype.clone());
    }

    List<Word> words(String text) {
        BreakIterator iterator = iterators.get();
        iterator.setText(text);
        List<Word> words = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next();
                end != BreakIterator.DONE;
                start = end, end = iterator.next()) {
            if (hasLetterOrDigit(text, start, end)) {
                words.add(new Word(start, end, text.substring(start, end)));
            }
        }
        return words;
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }
}
