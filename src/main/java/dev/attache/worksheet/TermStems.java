package dev.attache.worksheet;

import dev.attache.glossary.AzerbaijaniStemmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The stems of a term's words in one language, for a spreadsheet's {@code SEARCH}: short enough
 * that every inflected form contains them ({@code союзническое взаимодействие} → {@code
 * союзническ}, {@code взаимодейств}), so that the worksheet's warning never fires on a correct
 * translation. Snowball stemmers where Lucene has one for the language; for Azerbaijani the
 * glossary's own stemmer (the warning and import's term QA read a word alike); elsewhere the word
 * less its last two letters.
 */
final class TermStems {
    private static final int SHORTEST_WORD = 2;
    private static final int UNSTEMMED_KEEP = 4;

    private final Locale language;
    private final Supplier<SnowballStemmer> stemmer;
    private final AzerbaijaniStemmer azerbaijani = new AzerbaijaniStemmer();

    TermStems(Locale language) {
        this.language = language;
        this.stemmer =
                switch (language.getLanguage()) {
                    case "ru" -> RussianStemmer::new;
                    case "en" -> EnglishStemmer::new;
                    default -> null;
                };
    }

    /** The stems of the term's words, lower case, in order; words of one letter are left out. */
    List<String> of(String term) {
        List<String> stems = new ArrayList<>();
        for (String word : term.toLowerCase(language).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= SHORTEST_WORD) {
                stems.add(stem(word));
            }
        }
        return stems;
    }

    private String stem(String word) {
        if (language.getLanguage().equals("az")) {
            return azerbaijani.sharedPrefix(word);
        }
        if (stemmer == null) {
            return word.length() > UNSTEMMED_KEEP + 2 ? word.substring(0, word.length() - 2) : word;
        }
        SnowballStemmer s = stemmer.get();
        s.setCurrent(word);
        s.stem();
        String stem = s.getCurrent();
        return stem.isEmpty() ? word : stem;
    }
}
