package dev.attache.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The terms of one language of a glossary in a trie over normalised words: each edge is a word key
 * (the folded word or one of its stems, see {@link WordNormalizer#newKeys()}), each node lists the
 * terms that end there; a term is reachable through every combination of its words' keys. A term
 * written with a hyphen ("mega-project") is also indexed closed ("megaproject"); a space and a
 * hyphen between words are equivalent in any case, so "mega project" needs no variant. In a term,
 * {@value #NUMBER} stands for any number written in digits, so that a terminologist can admit
 * "{N}-летие установления дипломатических отношений" ("30-летие …") or "{N} лет со дня рождения"
 * ("100 лет …") in the termbase.
 */
final class TermIndex {
    /**
     * A word of a term: its folded form, its keys (folded form and stems), whether it is an
     * acronym, and whether it is the number placeholder.
     */
    record TermWord(
            String folded, Set<String> keys, boolean acronym, boolean number, boolean capital) {}

    /** The placeholder for a number in a term, and the key of every number in a text. */
    static final String NUMBER = "{N}";

    /**
     * A term as indexed: its words and, between them, the punctuation that must separate them (""
     * for spaces); {@code caseAsWritten} when its words match only with the case of their first
     * letters as written, because the glossary has it in two senses that case tells apart
     * ("President" the office, "president" generic).
     */
    record IndexedTerm(
            String conceptId,
            Term term,
            List<TermWord> words,
            List<String> gaps,
            boolean caseAsWritten) {}

    static final String JOINERS = "-\u2010\u2011";
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.\\s?\\p{Lu}");

    /** An English possessive ending: 's or ’s. */
    static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");

    /** What {@link #wordNumber} gives a word that no term has, nor any of their keys. */
    static final int NO_WORD = -1;

    private static final byte NOUN = 1;
    private static final byte VERB = 2;
    private static final byte PLAIN = 4;

    private final TermTrie trie = new TermTrie();

    /**
     * The number of each folded word and key of the terms (an intern table): the trie's edges and
     * the comparison of a text word with a term word are int comparisons.
     */
    private final Map<String, Integer> wordNumbers = new HashMap<>();

    /** The terms by number; equal terms have one number. */
    private final List<IndexedTerm> terms = new ArrayList<>();

    private final Map<IndexedTerm, Integer> termNumbers = new HashMap<>();

    /** Each term's kind by number: {@link #NOUN}, {@link #VERB}, {@link #PLAIN} or none. */
    private final byte[] kinds;

    /**
     * Each term's concept and glossary term by number, what a hit takes from it: a hit then reads
     * two compact arrays rather than the term's objects.
     */
    private final String[] conceptIds;

    private final Term[] glossaryTerms;

    /** Where each term's words start in {@link #foldedWords}, by number. */
    private final int[] firstWords;

    /** The number of each term word's folded form, term after term. */
    private final int[] foldedWords;

    private final WordTokenizer tokenizer;
    private final WordNormalizer normalizer;

    /** The one-word terms of the glossary in a generic sense, folded ("president"). */
    private final Set<String> genericWords;

    TermIndex(Glossary glossary, String lang, WordTokenizer tokenizer, WordNormalizer normalizer) {
        this.tokenizer = tokenizer;
        this.normalizer = normalizer;
        // a term word's keys, worked out once a word: a language's terms repeat their words
        // (Республика, Azərbaycan), and stemming each occurrence was a third of the build
        Function<String, Set<String>> stems = normalizer.newKeys();
        Map<String, Set<String>> known = new HashMap<>();
        Function<String, Set<String>> keys = word -> known.computeIfAbsent(word, stems);
        Set<TermKey> generic = new HashSet<>();
        Set<String> oneWordGeneric = new HashSet<>();
        for (Concept concept : glossary.concepts()) {
            for (Term term : concept.terms(lang)) {
                if (term.genericSense()) {
                    generic.add(TermKey.of(lang, term.text()));
                    if (term.text().strip().indexOf(' ') < 0) {
                        oneWordGeneric.add(normalizer.fold(term.text().strip()));
                    }
                }
            }
        }
        this.genericWords = Set.copyOf(oneWordGeneric);
        for (Concept concept : glossary.concepts()) {
            for (Term term : concept.terms(lang)) {
                if (!term.speakerLabel() || isInitialsForm(term.text())) {
                    index(
                            concept.id(),
                            term,
                            term.genericSense() || generic.contains(TermKey.of(lang, term.text())),
                            keys);
                }
            }
        }
        this.kinds = new byte[terms.size()];
        this.conceptIds = new String[terms.size()];
        this.glossaryTerms = new Term[terms.size()];
        this.firstWords = new int[terms.size() + 1];
        for (int number = 0; number < terms.size(); number++) {
            kinds[number] = kind(terms.get(number));
            conceptIds[number] = terms.get(number).conceptId();
            glossaryTerms[number] = terms.get(number).term();
            firstWords[number + 1] = firstWords[number] + terms.get(number).words().size();
        }
        this.foldedWords = new int[firstWords[terms.size()]];
        for (int number = 0; number < terms.size(); number++) {
            List<TermWord> words = terms.get(number).words();
            for (int i = 0; i < words.size(); i++) {
                foldedWords[firstWords[number] + i] = wordNumber(words.get(i).folded());
            }
        }
    }

    /**
     * A term's kind: noun, verb, and plain when its words have no number, acronym or capital,
     * nothing but spaces or hyphens between them, and their case does not matter; a plain term fits
     * a text where its words are inflected there and apart by spaces or hyphens.
     */
    private static byte kind(IndexedTerm term) {
        boolean plain =
                !term.caseAsWritten()
                        && term.gaps().stream().allMatch(String::isEmpty)
                        && term.words().stream()
                                .noneMatch(w -> w.number() || w.acronym() || w.capital());
        return (byte)
                ((term.term().noun() ? NOUN : 0)
                        | (term.term().verb() ? VERB : 0)
                        | (plain ? PLAIN : 0));
    }

    /** Indexes a term as written and, when it has hyphenated words, closed. */
    private void index(
            String conceptId,
            Term term,
            boolean caseAsWritten,
            Function<String, Set<String>> keys) {
        Set<Integer> numbers = new HashSet<>();
        for (int at = term.text().indexOf(NUMBER);
                at >= 0;
                at = term.text().indexOf(NUMBER, at + NUMBER.length())) {
            numbers.add(at);
        }
        String text = term.text().replace(NUMBER, "0".repeat(NUMBER.length()));
        List<WordTokenizer.Word> words = tokenizer.words(text);
        List<TermWord> termWords = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<TermWord> closedWords = new ArrayList<>();
        List<String> closedGaps = new ArrayList<>();
        String closed = "";
        for (int i = 0; i < words.size(); i++) {
            String folded = normalizer.fold(words.get(i).text());
            termWords.add(
                    numbers.contains(words.get(i).start())
                            ? new TermWord(NUMBER, Set.of(NUMBER), false, true, false)
                            : new TermWord(
                                    folded,
                                    keys.apply(folded),
                                    isAcronym(words.get(i).text()),
                                    false,
                                    startsUpper(words.get(i).text())));
            if (i > 0) {
                String gap = text.substring(words.get(i - 1).end(), words.get(i).start());
                gaps.add(gapKey(gap));
                if (!isJoiner(gap)) {
                    closedWords.add(closedWord(closed, keys));
                    closedGaps.add(gapKey(gap));
                    closed = "";
                }
            }
            closed += words.get(i).text();
        }
        if (termWords.isEmpty()) {
            return;
        }
        closedWords.add(closedWord(closed, keys));
        add(new IndexedTerm(conceptId, term, termWords, gaps, caseAsWritten));
        if (closedWords.size() < termWords.size() && numbers.isEmpty()) {
            add(new IndexedTerm(conceptId, term, closedWords, closedGaps, caseAsWritten));
        }
    }

    /**
     * The words of a hyphenated term word written together, compared as one word ("co-operation" as
     * "cooperation").
     */
    private TermWord closedWord(String written, Function<String, Set<String>> keys) {
        String folded = normalizer.fold(written);
        return new TermWord(folded, keys.apply(folded), false, false, startsUpper(written));
    }

    TermTrie trie() {
        return trie;
    }

    /** Whether {@code folded} is a one-word term of the glossary in a generic sense. */
    boolean isGenericWord(String folded) {
        return genericWords.contains(folded);
    }

    /** The tokenizer the terms were split with, which a text's words must come from. */
    WordTokenizer tokenizer() {
        return tokenizer;
    }

    /** The normalizer the terms' words were folded and keyed with. */
    WordNormalizer normalizer() {
        return normalizer;
    }

    /** How many terms there are; their numbers run from 0. */
    int termCount() {
        return terms.size();
    }

    /** The term numbered {@code number}. */
    IndexedTerm term(int number) {
        return terms.get(number);
    }

    String conceptId(int term) {
        return conceptIds[term];
    }

    /** The glossary's term that the term numbered {@code term} is a form of. */
    Term glossaryTerm(int term) {
        return glossaryTerms[term];
    }

    boolean isNoun(int term) {
        return (kinds[term] & NOUN) != 0;
    }

    boolean isVerb(int term) {
        return (kinds[term] & VERB) != 0;
    }

    /** Whether the term numbered {@code term} is plain (see {@link #kind}). */
    boolean isPlain(int term) {
        return (kinds[term] & PLAIN) != 0;
    }

    /** The number of the folded form of word {@code i} of the term numbered {@code term}. */
    int foldedWord(int term, int i) {
        return foldedWords[firstWords[term] + i];
    }

    /** The number of a folded word or key, or {@link #NO_WORD} when no term has it. */
    int wordNumber(String word) {
        return wordNumbers.getOrDefault(word, NO_WORD);
    }

    /** The numbers of the words that some term has, in the order given; the others left out. */
    int[] wordNumbers(Collection<String> words) {
        int[] numbers = new int[words.size()];
        int known = 0;
        for (String word : words) {
            int number = wordNumber(word);
            if (number != NO_WORD) {
                numbers[known++] = number;
            }
        }
        return known == numbers.length ? numbers : Arrays.copyOf(numbers, known);
    }

    /**
     * What must separate two words, once spaces and hyphens are ignored: "" between "allied" and
     * "interaction", "." in "St. Petersburg". A text matches a term only where its separators have
     * the same key.
     */
    static String gapKey(CharSequence gap) {
        StringBuilder key = new StringBuilder();
        gap.codePoints()
                .filter(
                        c ->
                                !Character.isWhitespace(c)
                                        && !Character.isSpaceChar(c)
                                        && JOINERS.indexOf(c) < 0
                                        && c != '\u00AD')
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    private static boolean isJoiner(String gap) {
        return !gap.isEmpty() && gap.chars().allMatch(c -> JOINERS.indexOf(c) >= 0);
    }

    /**
     * Whether a term is a name with initials ("С.В.Лавров", "В.Путин"): as a speaker label it is
     * indexed all the same, since the house style that labels a turn with it writes it in running
     * text too ("С.В.Лавровым"); other labels ("Вопрос", "Question") are words of running text in
     * another sense and are not.
     */
    static boolean isInitialsForm(String term) {
        return INITIALS.matcher(term).find();
    }

    /**
     * Whether the word's first letter is a capital: "President", not "president". Asked of every
     * term hit, so a loop rather than a stream.
     */
    static boolean startsUpper(String word) {
        for (int at = 0; at < word.length(); ) {
            int c = word.codePointAt(at);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
            at += Character.charCount(c);
        }
        return false;
    }

    /** A word of a text that is a number written in digits: "30", "100". */
    static boolean isNumber(String word) {
        return word.codePoints().allMatch(Character::isDigit);
    }

    /**
     * "EU", "МИД", "CIS", "EU's": at least two letters, none lower-case but for a possessive 's.
     * Such a term word matches only in capitals.
     */
    static boolean isAcronym(String word) {
        String bare = POSSESSIVE.matcher(word).replaceFirst("");
        return bare.codePoints().filter(Character::isLetter).count() >= 2
                && bare.codePoints().noneMatch(Character::isLowerCase);
    }

    /**
     * Adds a term under every combination of its word keys, sharing nodes where the keys lead to
     * the same one.
     */
    private void add(IndexedTerm term) {
        Integer number = termNumbers.get(term);
        if (number == null) {
            number = terms.size();
            terms.add(term);
            termNumbers.put(term, number);
        }
        addFrom(TermTrie.ROOT, term, number, 0);
    }

    private void addFrom(int node, IndexedTerm term, int number, int index) {
        if (index == term.words().size()) {
            trie.addTerm(node, number);
            return;
        }
        TermWord word = term.words().get(index);
        intern(word.folded());
        Set<Integer> next = new LinkedHashSet<>();
        int fresh = TermTrie.NO_NODE;
        for (String key : word.keys()) {
            int keyNumber = intern(key);
            int existing = trie.child(node, keyNumber);
            if (existing == TermTrie.NO_NODE) {
                fresh = fresh == TermTrie.NO_NODE ? trie.newNode() : fresh;
                trie.addEdge(node, keyNumber, fresh);
                next.add(fresh);
            } else {
                next.add(existing);
            }
        }
        for (int child : next) {
            addFrom(child, term, number, index + 1);
        }
    }

    private int intern(String word) {
        return wordNumbers.computeIfAbsent(word, w -> wordNumbers.size());
    }
}
