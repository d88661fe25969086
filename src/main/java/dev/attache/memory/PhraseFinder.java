package dev.attache.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Finds a phrase in texts of one language, in its inflected forms too: the phrase and the text are
 * cut into words, each word lower-cased and cut to its Snowball stem (English, Russian; Turkish's
 * for Azerbaijani, the nearest Snowball has; other languages compare whole words), and a run of the
 * text's words whose stems are the phrase's, in order, is a hit: "allied interaction" finds "Allied
 * Interaction" and "allied interactions", "союзническое взаимодействие" finds "союзническом
 * взаимодействии". Not thread-safe (the stemmer keeps state).
 */
public final class PhraseFinder {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    private final SnowballStemmer stemmer;
    private final List<String> phrase;

    public PhraseFinder(String phrase, Locale language) {
        this.stemmer =
                switch (language.getLanguage()) {
                    case "en" -> new EnglishStemmer();
                    case "ru" -> new RussianStemmer();
                    case "az", "tr" -> new TurkishStemmer();
                    default -> null;
                };
        this.phrase = words(phrase).stream().map(Word::stem).toList();
        if (this.phrase.isEmpty()) {
            throw new IllegalArgumentException("the phrase has no word: '" + phrase + "'");
        }
    }

    /** Where the phrase is in {@code text}: each hit as its first and its end offset. */
    public List<Span> find(String text) {
        List<Word> words = words(text);
        List<Span> hits = new ArrayList<>();
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            boolean hit = true;
            for (int j = 0; j < phrase.size() && hit; j++) {
                hit = words.get(i + j).stem().equals(phrase.get(j));
            }
            if (hit) {
                hits.add(new Span(words.get(i).start(), words.get(i + phrase.size() - 1).end()));
                i += phrase.size() - 1;
            }
        }
        return hits;
    }

    /** A hit: from {@code start} to {@code end} (exclusive) in the text. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("not a span: " + start + ".." + end);
            }
        }
    }

    private record Word(String stem, int start, int end) {}

    private List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(
                    new Word(
                            stem(matcher.group().toLowerCase(Locale.ROOT).replace('ё', 'е')),
                            matcher.start(),
                            matcher.end()));
        }
        return words;
    }

    private String stem(String word) {
        if (stemmer == null) {
            return word;
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
