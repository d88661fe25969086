package dev.attache.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory's fuzzy score of an entry's source against a sentence looked up, from 0 to 99 (100 is
 * kept for exact matches, which are found by their key). The README's "The project memory" defines
 * it; in short:
 *
 * <ul>
 *   <li>A text is cut into tokens: inline tags ({@code {1}}, {@code {/1}}), words (runs of letters
 *       and digits, with an inner apostrophe or hyphen; a word with a digit is a number) and marks
 *       (every other character but space).
 *   <li>The base is {@code 100 × (L − D) / L}, where {@code D} is the word-level edit distance
 *       (Levenshtein: insert, delete or replace one word) between the two texts' words compared in
 *       lower case, and {@code L} the larger word count.
 *   <li>Penalties, one point each: a word of the sentence that the entry has only in another case;
 *       a number of the sentence that the entry lacks; a tag or mark that one text has and the
 *       other has not (counted with repeats).
 *   <li>The score is the base rounded down, less the penalties, at most 99 and at least 0.
 * </ul>
 *
 * Since the distance is at least {@code L} less the words the two share, the index can rank the
 * candidates by a bound of the base ({@link SharedWords}). Immutable: one per sentence, scored
 * against any number of entries.
 */
final class FuzzyScore {
    /** The words as the index cuts them: a tag, or a word. */
    static final Pattern WORD_OR_TAG =
            Pattern.compile("\\{/?[1-9][0-9]{0,3}\\}|[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    private final Tokens sentence;

    /** The sentence's words as written, each once: what the case penalty looks for. */
    private final Set<String> distinctWords;

    /** How often the sentence has each tag and mark. */
    private final Map<String, Integer> markCounts = new HashMap<>();

    FuzzyScore(String sentence) {
        this.sentence = Tokens.of(sentence);
        this.distinctWords = new LinkedHashSet<>(this.sentence.words);
        this.sentence.marks.forEach(m -> markCounts.merge(m, 1, Integer::sum));
    }

    /**
     * The sentence's words in lower case, each once, in order, with how often the sentence has it:
     * the index's terms to ask for.
     */
    Map<String, Integer> wordCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        sentence.lowerWords.forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }

    /** How many numbers the sentence has, counted with repeats. */
    int numberCount() {
        return sentence.numbers.size();
    }

    /** Whether a word is a number: it has a digit. */
    static boolean isNumber(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    int wordCount() {
        return sentence.lowerWords.size();
    }

    /** The score of {@code source} against the sentence. */
    int against(String source) {
        Tokens entry = Tokens.of(source);
        int longer = Math.max(sentence.lowerWords.size(), entry.lowerWords.size());
        if (longer == 0) {
            return 0;
        }
        int distance = distance(sentence.lowerWords, entry.lowerWords);
        int base = (int) Math.floor(100.0 * (longer - distance) / longer);
        int penalties = caseOnly(entry) + missingNumbers(entry) + unsharedMarks(entry);
        return Math.max(0, Math.min(99, base - penalties));
    }

    private int caseOnly(Tokens entry) {
        Set<String> exact = new HashSet<>(entry.words);
        Set<String> lower = new HashSet<>(entry.lowerWords);
        int count = 0;
        for (String word : distinctWords) {
            if (!exact.contains(word) && lower.contains(lowerCase(word))) {
                count++;
            }
        }
        return count;
    }

    private int missingNumbers(Tokens entry) {
        Set<String> held = new HashSet<>(entry.numbers);
        return (int) sentence.numbers.stream().filter(n -> !held.contains(n)).count();
    }

    private int unsharedMarks(Tokens entry) {
        Map<String, Integer> balance = new HashMap<>(markCounts);
        entry.marks.forEach(m -> balance.merge(m, -1, Integer::sum));
        return balance.values().stream().mapToInt(Math::abs).sum();
    }

    /** Levenshtein's distance over words, in two rows. */
    static int distance(List<String> one, List<String> other) {
        int[] previous = new int[other.size() + 1];
        int[] current = new int[other.size() + 1];
        for (int j = 0; j <= other.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= one.size(); i++) {
            current[0] = i;
            String word = one.get(i - 1);
            for (int j = 1; j <= other.size(); j++) {
                int replace = previous[j - 1] + (word.equals(other.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[other.size()];
    }

    /** Lower case code point by code point, as Lucene's {@code LowerCaseFilter} does it. */
    static String lowerCase(String word) {
        StringBuilder lower = new StringBuilder(word.length());
        word.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
        return lower.toString();
    }

    /** A text's words (as written and in lower case), its numbers, and its tags and marks. */
    private record Tokens(
            List<String> words, List<String> lowerWords, List<String> numbers, List<String> marks) {
        static Tokens of(String text) {
            List<String> words = new ArrayList<>();
            List<String> lowerWords = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            List<String> marks = new ArrayList<>();
            Matcher matcher = WORD_OR_TAG.matcher(text);
            int at = 0;
            while (matcher.find()) {
                addMarks(text, at, matcher.start(), marks);
                String token = matcher.group();
                if (token.charAt(0) == '{') {
                    marks.add(token);
                } else {
                    words.add(token);
                    lowerWords.add(lowerCase(token));
                    if (isNumber(token)) {
                        numbers.add(token);
                    }
                }
                at = matcher.end();
            }
            addMarks(text, at, text.length(), marks);
            return new Tokens(words, lowerWords, numbers, marks);
        }

        private static void addMarks(String text, int from, int to, List<String> marks) {
            text.substring(from, to)
                    .codePoints()
                    .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                    .forEach(c -> marks.add(Character.toString(c)));
        }
    }
}
