package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

import dev.attache.model.TermHit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds the terms of one language of a glossary in a text, in one pass over its words whatever the
 * glossary's size.
 *
 * <p>Words come from ICU's Unicode word iterator; each is folded and given its keys, the folded
 * word and its stems ({@link WordNormalizer}), which are walked down a trie of the glossary's terms
 * ({@link TermIndex}). A text word matches a term word when their keys meet ("Алиева", stem
 * "алиев", matches "Алиев", whose Snowball stem is "ал"), in English only when it is an inflection
 * rather than a derivation ("projects", not "projection"), and for an acronym ("EU") only in
 * capitals. Words of a term must be separated by spaces or hyphens only, or by the same punctuation
 * as in the term. Thus matching is whole-word, case-insensitive with the language's locale, and
 * tolerant of inflection: "mega-projects", "mega projects", "megaprojects", "Russia's",
 * "союзнического взаимодействия", "Azərbaycan Respublikasının"; and of spelling: British and
 * American spellings are one ("Organisation", "Organization": {@link SpellingVariants}), in English
 * two words joined by a hyphen are also tried as one ("co-operation" is "cooperation"), curly and
 * straight apostrophes are one. A different word is a different term: "Russian" is not "Russia"
 * (the stemmers keep them apart, and the adjective is a concept of its own), "relationship" is not
 * "relations". A term written closed ("videoconference") does not match "video conference": the
 * glossary lists such variants. A noun term matches only a noun's forms, and not where its last
 * word is a verb ({@link VerbFinder}: "to talk", "visited" are no "talks", "visit"). Where the
 * glossary has a word in a generic sense and as an institution ({@link Term#genericSense()}), case
 * tells them apart: "presidents" is the generic word, "President" the office; and a name found in
 * lower case and in the plural is a common noun, not the institution ("foreign ministries"). In
 * Azerbaijani text the capital of "i" is "İ" and that of "ı" is "I", so "İLHAM" is "İlham" and
 * "ILHAM" is not. "{N}" in a term matches any number written in digits ("{N}-летие" matches
 * "30-летие").
 *
 * <p>Of overlapping hits the longest wins; a shorter hit inside it is still reported when it is
 * another concept ("allied interaction" inside "the Declaration on Allied Interaction between …"),
 * not when it is the same one. Offsets are those of the text as given, never of a folded copy. An
 * instance may be shared between threads.
 */
public final class TermMatcher {
    private final String lang;
    private final WordTokenizer tokenizer;
    private final WordNormalizer normalizer;
    private final TermIndex index;
    private final TermTrie trie;
    private final VerbFinder verbFinder;

    /**
     * Each word met so far, as compared: a text repeats its words, and stemming them is most of the
     * matching.
     */
    private final Map<String, WordForm> forms = new ConcurrentHashMap<>();

    /**
     * A matcher of the terms of {@code lang} ("en", "ru", "az", …) in {@code glossary}; in English,
     * verbs are told from nouns by {@link VerbCues}.
     */
    public TermMatcher(Glossary glossary, String lang) {
        this(glossary, lang, lang.equalsIgnoreCase("en") ? VerbCues.english() : VerbFinder.NONE);
    }

    /**
     * A matcher of the terms of {@code lang} in {@code glossary} that asks {@code verbFinder} which
     * words are verbs.
     */
    public TermMatcher(Glossary glossary, String lang, VerbFinder verbFinder) {
        requireNonNull(glossary, "glossary");
        requireNonNull(lang, "lang");
        this.lang = lang.toLowerCase(Locale.ROOT);
        this.verbFinder = requireNonNull(verbFinder, "verbFinder");
        this.index = glossary.index(this.lang);
        this.tokenizer = index.tokenizer();
        this.normalizer = index.normalizer();
        this.trie = index.trie();
    }

    public String language() {
        return lang;
    }

    /** Every term hit in {@code text}, by start and then longest first. */
    public List<TermHit> find(String text) {
        List<TermMatch> matches = matches(text);
        List<TermHit> hits = new ArrayList<>(matches.size());
        for (TermMatch match : matches) {
            hits.add(match.hit());
        }
        return Collections.unmodifiableList(hits);
    }

    /**
     * Every term hit in {@code text} with the term whose form was found, by start and then longest
     * first.
     */
    public List<TermMatch> matches(String text) {
        List<WordTokenizer.Word> words = tokenizer.words(text);
        Function<String, Set<String>> keys = normalizer.newKeys();
        List<TextWord> textWords = new ArrayList<>(words.size());
        TextWord[] joined = new TextWord[words.size()];
        for (int i = 0; i < words.size(); i++) {
            WordTokenizer.Word word = words.get(i);
            textWords.add(new TextWord(word, form(word.text(), keys), i));
            if (i > 0
                    && normalizer.joinsHyphenatedWords()
                    && isJoined(text, words.get(i - 1), word)) {
                WordTokenizer.Word before = words.get(i - 1);
                String closed = before.text() + word.text();
                joined[i - 1] =
                        new TextWord(
                                new WordTokenizer.Word(before.start(), word.end(), closed),
                                form(closed, keys),
                                i);
            }
        }
        Walk walk = new Walk(text, textWords, joined, new Verbs(words));
        for (int first = 0; first < textWords.size(); first++) {
            walk.from(textWords.get(first), textWords.get(first).form().starts());
            if (joined[first] != null) {
                walk.from(joined[first], joined[first].form().starts());
            }
        }
        return select(walk.candidates);
    }

    /**
     * Whether two words are joined by a hyphen alone ("co-operation", "mega-projects"): then also
     * tried as one.
     */
    private static boolean isJoined(
            String text, WordTokenizer.Word before, WordTokenizer.Word after) {
        return after.start() - before.end() == 1
                && TermIndex.JOINERS.indexOf(text.charAt(before.end())) >= 0;
    }

    /**
     * The word's form from the cache, computed on its first meeting. A plain read first: a
     * concurrent map's computeIfAbsent locks the bin of a word already there unless it heads it.
     */
    private WordForm form(String word, Function<String, Set<String>> keys) {
        WordForm known = forms.get(word);
        return known != null
                ? known
                : forms.computeIfAbsent(
                        word,
                        w -> {
                            String folded = normalizer.fold(w);
                            Set<String> wordKeys = keys.apply(folded);
                            if (TermIndex.isNumber(w)) {
                                wordKeys = new HashSet<>(wordKeys);
                                wordKeys.add(TermIndex.NUMBER);
                            }
                            int[] keyNumbers = index.wordNumbers(wordKeys);
                            return new WordForm(
                                    folded,
                                    index.wordNumber(folded),
                                    keyNumbers,
                                    children(ROOT, keyNumbers));
                        });
    }

    /**
     * A word as compared: folded, the number of that form and those of its keys in the index
     * ({@link TermIndex#wordNumber}; keys that no term has are left out), and the trie's nodes that
     * its keys lead to from the root, where the terms that start with it are (looked up once per
     * word).
     */
    private record WordForm(String folded, int number, int[] keys, int[] starts) {}

    /** The root alone, where every walk starts. */
    private static final int[] ROOT = {TermTrie.ROOT};

    private static final int[] NO_NODES = {};

    /**
     * A word of the text as compared, or two words joined by a hyphen taken as one; {@code last} is
     * the index of its (last) word among the text's words, where the next word starts.
     */
    private record TextWord(WordTokenizer.Word word, WordForm form, int last) {
        String folded() {
            return form.folded();
        }

        int[] keys() {
            return form.keys();
        }
    }

    /**
     * Which words of one text are verbs, asked of the verb finder only when a noun or verb term was
     * found there.
     */
    private final class Verbs {
        private final List<WordTokenizer.Word> words;
        private BitSet verbs;

        Verbs(List<WordTokenizer.Word> words) {
            this.words = words;
        }

        boolean isVerb(int word) {
            if (verbs == null) {
                verbs = verbFinder.verbs(words.stream().map(WordTokenizer.Word::text).toList());
            }
            return verbs.get(word);
        }
    }

    /**
     * The search of one text: from each word (or pair of joined words), down the trie word by word,
     * taking at each step the next word or the next two joined words; every term met on the way
     * that {@link #fits} is a candidate.
     */
    private final class Walk {
        private final String text;
        private final List<TextWord> words;
        private final TextWord[] joined;
        private final Verbs verbs;
        private final List<TextWord> path = new ArrayList<>();
        final List<TermMatch> candidates = new ArrayList<>();

        Walk(String text, List<TextWord> words, TextWord[] joined, Verbs verbs) {
            this.text = text;
            this.words = words;
            this.joined = joined;
            this.verbs = verbs;
        }

        void from(TextWord word, int[] nodes) {
            if (nodes.length == 0) {
                return;
            }
            path.add(word);
            int[] tried = nodes.length > 1 ? new int[0] : null;
            for (int node : nodes) {
                for (int term : trie.terms(node)) {
                    if (tried != null) {
                        if (contains(tried, term)) {
                            continue;
                        }
                        tried = with(tried, term);
                    }
                    if (fits(term, text, path, verbs)) {
                        int start = path.get(0).word().start();
                        candidates.add(
                                new TermMatch(
                                        new TermHit(
                                                index.conceptId(term),
                                                start,
                                                word.word().end(),
                                                text.substring(start, word.word().end())),
                                        index.glossaryTerm(term)));
                    }
                }
            }
            int next = word.last() + 1;
            if (next < words.size()) {
                from(words.get(next), children(nodes, words.get(next).keys()));
                if (joined[next] != null) {
                    from(joined[next], children(nodes, joined[next].keys()));
                }
            }
            path.remove(path.size() - 1);
        }
    }

    private static boolean contains(int[] numbers, int number) {
        for (int n : numbers) {
            if (n == number) {
                return true;
            }
        }
        return false;
    }

    private static int[] with(int[] numbers, int number) {
        int[] more = Arrays.copyOf(numbers, numbers.length + 1);
        more[numbers.length] = number;
        return more;
    }

    /**
     * The nodes that {@code keys} lead to from {@code nodes}, each once, in the order met: the
     * nodes' order, then the keys'.
     */
    private int[] children(int[] nodes, int[] keys) {
        int[] children = NO_NODES;
        for (int node : nodes) {
            for (int key : keys) {
                int child = trie.child(node, key);
                if (child != TermTrie.NO_NODE && !contains(children, child)) {
                    children = with(children, child);
                }
            }
        }
        return children;
    }

    /**
     * Whether {@code term}, reached in the trie along {@code path}, is written there: the trie has
     * met a key of each of its words in the text's word already; each word must also be an
     * inflection of the term's (of a noun term, a noun's inflection: "visited" is no "visit"), an
     * acronym in capitals, with the case of its first letter as the term has it where case tells
     * two senses apart ("President", "presidents"), and the words apart as the term wants; and a
     * noun term's last word must not be a verb there ("to talk"), a verb term's must.
     */
    private boolean fits(int number, String text, List<TextWord> path, Verbs verbs) {
        boolean noun = index.isNoun(number);
        boolean verb = index.isVerb(number);
        if (index.isPlain(number)) {
            return plainFits(number, text, path)
                    && (!noun && !verb || verbs.isVerb(path.get(path.size() - 1).last()) == verb);
        }
        TermIndex.IndexedTerm term = index.term(number);
        for (int i = 0; i < path.size(); i++) {
            TermIndex.TermWord termWord = term.words().get(i);
            TextWord textWord = path.get(i);
            if (!termWord.number()
                            && !(noun
                                    ? normalizer.isNounInflectionOf(
                                            termWord.folded(), textWord.folded())
                                    : normalizer.isInflectionOf(
                                            termWord.folded(), textWord.folded()))
                    || termWord.acronym() && !TermIndex.isAcronym(textWord.word().text())
                    || term.caseAsWritten() && !caseFits(termWord, textWord, text)) {
                return false;
            }
            if (i > 0
                    && !gapFits(
                            text,
                            path.get(i - 1).word().end(),
                            textWord.word().start(),
                            term.gaps().get(i - 1))) {
                return false;
            }
        }
        if (noun && isCommonPlural(term, path)) {
            return false;
        }
        return !noun && !verb || verbs.isVerb(path.get(path.size() - 1).last()) == verb;
    }

    /**
     * What {@link #fits} asks of a plain term ({@link TermIndex#isPlain}) before the verbs: each
     * word the term's or an inflection of it, the words apart by spaces or hyphens alone. Most text
     * words are the term's word as it is: then their numbers are equal and no string is read.
     */
    private boolean plainFits(int number, String text, List<TextWord> path) {
        boolean noun = index.isNoun(number);
        for (int i = 0; i < path.size(); i++) {
            TextWord textWord = path.get(i);
            if (index.foldedWord(number, i) != textWord.form().number()) {
                String termWord = index.term(number).words().get(i).folded();
                if (!(noun
                        ? normalizer.isNounInflectionOf(termWord, textWord.folded())
                        : normalizer.isInflectionOf(termWord, textWord.folded()))) {
                    return false;
                }
            }
            if (i > 0
                    && !gapFits(text, path.get(i - 1).word().end(), textWord.word().start(), "")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text is a name written as a common noun: a term that starts with a capital
     * ("President of Russia", "Foreign Ministry") found in lower case and in the plural
     * ("presidents of Russia", "foreign ministries") is no longer the institution but the generic
     * word, and so is one whose capitalised word is found so after a capitalised adjective
     * ("Turkish presidents", "Russian presidents" are not "Президент Турции", "Президент России").
     * Where the glossary has the word in a generic sense, its plural is the generic word in either
     * case ("the Presidents of Russia and Azerbaijan" are two persons, not "Президент России").
     */
    private boolean isCommonPlural(TermIndex.IndexedTerm term, List<TextWord> path) {
        for (int i = 0; i < path.size(); i++) {
            TermIndex.TermWord termWord = term.words().get(i);
            if (termWord.capital()
                    && !termWord.acronym()
                    && isPluralOf(termWord, path.get(i))
                    && (!TermIndex.startsUpper(path.get(i).word().text())
                            || index.isGenericWord(termWord.folded()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text word is a term word in the plural ("presidents", "Presidents" of "president"),
     * not its possessive ("President’s").
     */
    private static boolean isPluralOf(TermIndex.TermWord termWord, TextWord textWord) {
        String folded = textWord.folded();
        return !folded.equals(termWord.folded())
                && folded.endsWith("s")
                && !termWord.folded().endsWith("s")
                && !TermIndex.POSSESSIVE.matcher(textWord.word().text()).find();
    }

    /**
     * Whether a text word has the case of the term word's first letter. A plural is the generic
     * word in either case ("the Presidents of Russia and Azerbaijan"). Where the text starts (a
     * sentence), a capital says nothing of the sense: there a plural is the generic word
     * ("Governments agree"), a singular the institution ("President Aliyev said").
     */
    private static boolean caseFits(TermIndex.TermWord termWord, TextWord textWord, String text) {
        boolean upper = TermIndex.startsUpper(textWord.word().text());
        if (!upper
                || text.substring(0, textWord.word().start())
                        .codePoints()
                        .anyMatch(Character::isLetter)) {
            return termWord.capital() == upper
                    || !termWord.capital() && isPluralOf(termWord, textWord);
        }
        return termWord.capital() == textWord.folded().equals(termWord.folded());
    }

    /**
     * Whether the text between two words has the gap key a term wants there; a single space is the
     * usual gap.
     */
    private static boolean gapFits(String text, int from, int to, String gapKey) {
        if (to - from == 1 && text.charAt(from) == ' ') {
            return gapKey.isEmpty();
        }
        return TermIndex.gapKey(text.substring(from, to)).equals(gapKey);
    }

    /**
     * Keeps, in each run of overlapping candidates, the longest first; a shorter one is kept when
     * it lies inside every kept hit it overlaps and each of those is another concept. The
     * candidates come by start (they are found word by word from the first).
     */
    private static List<TermMatch> select(List<TermMatch> candidates) {
        List<TermMatch> selected = new ArrayList<>();
        List<TermMatch> run = new ArrayList<>();
        int runEnd = -1;
        for (TermMatch candidate : candidates) {
            if (candidate.hit().start() >= runEnd) {
                selectInRun(run, selected);
                run.clear();
            }
            run.add(candidate);
            runEnd = Math.max(runEnd, candidate.hit().end());
        }
        selectInRun(run, selected);
        return selected;
    }

    /** The longest first, then by start. */
    private static final Comparator<TermMatch> LONGEST_FIRST =
            Comparator.comparingInt((TermMatch m) -> m.hit().start() - m.hit().end())
                    .thenComparingInt(m -> m.hit().start());

    /** By start, then the longest first. */
    private static final Comparator<TermMatch> BY_START =
            Comparator.comparingInt((TermMatch m) -> m.hit().start())
                    .thenComparingInt(m -> m.hit().start() - m.hit().end());

    private static void selectInRun(List<TermMatch> run, List<TermMatch> selected) {
        if (run.size() < 2) {
            selected.addAll(run);
            return;
        }
        run.sort(LONGEST_FIRST);
        List<TermMatch> kept = new ArrayList<>();
        for (TermMatch candidate : run) {
            if (keptBeside(candidate, kept)) {
                kept.add(candidate);
            }
        }
        kept.sort(BY_START);
        selected.addAll(kept);
    }

    /**
     * Whether {@code candidate} lies inside every kept hit it overlaps, each of them another
     * concept.
     */
    private static boolean keptBeside(TermMatch candidate, List<TermMatch> kept) {
        for (TermMatch k : kept) {
            if (k.overlaps(candidate)
                    && (!isWithin(candidate, k) || k.conceptId().equals(candidate.conceptId()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWithin(TermMatch inner, TermMatch outer) {
        return outer.hit().start() <= inner.hit().start() && inner.hit().end() <= outer.hit().end();
    }
}
