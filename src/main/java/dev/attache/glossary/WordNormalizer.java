package dev.attache.glossary;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * How the words of one language are compared: NFC, lower case with the language's locale
 * (Azerbaijani İ → i and I → ı), the dot that {@code toLowerCase} leaves on a Turkic İ dropped,
 * curly apostrophes straight, Russian ё folded to е, the English possessive dropped ("Russia's" →
 * "russia") and British spellings American ({@link SpellingVariants}: "organisation" →
 * "organization"); then its keys: the folded word and its stem, by Snowball for English and
 * Russian, by {@link AzerbaijaniStemmer} for Azerbaijani; other languages have the folded word
 * alone.
 *
 * <p>Folding works on one word at a time, so it can change the word's length without moving any
 * offset in the text.
 */
final class WordNormalizer {
    /**
     * What may follow the common beginning of an English word and its inflection: a doubled
     * consonant or not, then one of the endings or none ("s", "ted", "ning", "" …); a set of some
     * 120 strings, looked up without a regex.
     */
    private static final Set<String> ENGLISH_INFLECTIONS =
            englishInflections(
                    "bdgklmnprtz", List.of("s", "es", "ies", "ied", "ed", "d", "ing", "y", "e"));

    /** What may follow the common beginning of an English noun and its plural or singular. */
    private static final Set<String> NOUN_INFLECTIONS = Set.of("", "s", "es", "ies", "y", "e");

    private final String lang;
    private final Locale locale;
    private final SpellingVariants variants;

    WordNormalizer(String lang) {
        this.locale = Locale.forLanguageTag(lang);
        this.lang = locale.getLanguage();
        this.variants = SpellingVariants.of(this.lang);
    }

    /**
     * Whether two words joined by a hyphen are also the word written closed: in English, which
     * writes a compound open, hyphenated or closed ("co-operation", "cooperation"); not in Russian
     * or Azerbaijani, whose spelling has one form ("мегапроект": "мега-проект" is a misspelling
     * that term QA reports).
     */
    boolean joinsHyphenatedWords() {
        return lang.equals("en");
    }

    /** The word in the form compared: see the class comment. */
    String fold(String word) {
        String folded =
                Normalizer.normalize(word, Normalizer.Form.NFC)
                        .replace('\u2019', '\'')
                        .replace('\u2018', '\'')
                        .replace('\u02BC', '\'')
                        .replace("\u00AD", "")
                        .toLowerCase(locale)
                        .replace("\u0307", "");
        return switch (lang) {
            case "ru" -> folded.replace('ё', 'е');
            case "en" -> variants.fold(withoutPossessive(folded));
            default -> folded;
        };
    }

    /**
     * A new function from a folded word to its keys: the word itself and its stems (one for
     * Snowball, every reading for Azerbaijani). Two words may match when their keys meet. Snowball
     * stemmers keep state: one function per thread.
     */
    Function<String, Set<String>> newKeys() {
        UnaryOperator<String> snowball =
                switch (lang) {
                    case "en" -> snowball(new EnglishStemmer());
                    case "ru" -> snowball(new RussianStemmer());
                    default -> null;
                };
        if (snowball != null) {
            return word -> {
                String stem = snowball.apply(word);
                String bare = lang.equals("ru") ? withoutFinalVowel(stem) : stem;
                return Set.copyOf(List.of(word, stem, bare));
            };
        }
        if (lang.equals("az")) {
            AzerbaijaniStemmer stemmer = new AzerbaijaniStemmer();
            return stemmer::stems;
        }
        return Set::of;
    }

    /**
     * Whether a text word with the same stem as a term word is an inflection of it rather than a
     * derivation. English Snowball also removes derivational suffixes ("projection" → "project",
     * "organization" → "organ"), so there both folded words must end, after their common beginning,
     * in an inflection (-s, -es, -ies, -ed, -ing, -y, -e, with a doubled consonant): "projects" is
     * "project", "projection" is not. Russian Snowball and the Azerbaijani stemmer only remove
     * inflections.
     */
    boolean isInflectionOf(String termWord, String textWord) {
        return isInflectionOf(termWord, textWord, ENGLISH_INFLECTIONS);
    }

    /**
     * Whether a text word is an inflection of a noun's word: in English, the endings of a noun
     * alone (plural and the singular it comes from: "visits", "parties" for "party"), never a
     * verb's ("visited", "talking" are no forms of the noun "visit" or "talks").
     */
    boolean isNounInflectionOf(String termWord, String textWord) {
        return isInflectionOf(termWord, textWord, NOUN_INFLECTIONS);
    }

    private boolean isInflectionOf(String termWord, String textWord, Set<String> inflections) {
        if (!lang.equals("en") || termWord.equals(textWord)) {
            return true;
        }
        int common = 0;
        int max = Math.min(termWord.length(), textWord.length());
        while (common < max && termWord.charAt(common) == textWord.charAt(common)) {
            common++;
        }
        return inflections.contains(termWord.substring(common))
                && inflections.contains(textWord.substring(common));
    }

    private static Set<String> englishInflections(String doubled, List<String> endings) {
        Set<String> inflections = new HashSet<>();
        for (int i = -1; i < doubled.length(); i++) {
            String consonant = i < 0 ? "" : doubled.substring(i, i + 1);
            inflections.add(consonant);
            endings.forEach(ending -> inflections.add(consonant + ending));
        }
        return Set.copyOf(inflections);
    }

    /**
     * A Russian stem without a final vowel, й or ь, when four letters remain: Snowball leaves it on
     * some forms of a word and not on others ("сергея" → "серге", "сергей" → "серг"; "андрея" →
     * "андре", "андрей" → "андр").
     */
    private static String withoutFinalVowel(String stem) {
        return stem.length() > 4 && "аеиоуыэюяйь".indexOf(stem.charAt(stem.length() - 1)) >= 0
                ? stem.substring(0, stem.length() - 1)
                : stem;
    }

    /** "russia's" → "russia", "countries'" → "countries". */
    private static String withoutPossessive(String word) {
        if (word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("'") ? word.substring(0, word.length() - 1) : word;
    }

    private static UnaryOperator<String> snowball(SnowballStemmer stemmer) {
        return word -> {
            stemmer.setCurrent(word);
            stemmer.stem();
            return stemmer.getCurrent();
        };
    }
}
