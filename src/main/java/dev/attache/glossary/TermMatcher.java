package dev.attache.glossary;

import dev.attache.model.TermHit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
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
 * Finds the terms of one language of a glossary in a text, in one pass over its words whatever the glossary's size.
 *
 * <p>Words come from ICU's Unicode word iterator; each is folded and given its keys, the folded word and its stems
 * ({@link WordNormalizer}), which are walked down a trie of the glossary's terms ({@link TermIndex}). A text word
 * matches a term word when their keys meet ("Алиева", stem "алиев", matches "Алиев", whose Snowball stem is "ал"),
 * in English only when it is an inflection rather than a derivation ("projects", not "projection"), and for an
 * acronym ("EU") only in capitals. Words of a term must be separated by spaces or hyphens only, or by the same
 * punctuation as in the term. Thus matching is whole-word, case-insensitive with the language's locale, and tolerant of
 * inflection: "mega-projects", "mega projects", "megaprojects", "Russia's", "союзнического взаимодействия",
 * "Azərbaycan Respublikasının". A different word is a different term: "Russian" is not "Russia" (the stemmers keep
 * them apart, and the adjective is a concept of its own), "relationship" is not "relations". A term written closed
 * ("videoconference") does not match "video conference": the glossary lists such variants. In Azerbaijani text the
 * capital of "i" is "İ" and that of "ı" is "I", so "İLHAM" is "İlham" and "ILHAM" is not. "{N}" in a term matches
 * any number written in digits ("{N}-летие" matches "30-летие").
 *
 * <p>Of overlapping hits the longest wins; a shorter hit inside it is still reported when it is another concept
 * ("allied interaction" inside "the Declaration on Allied Interaction between …"), not when it is the same one.
 * Offsets are those of the text as given, never of a folded copy. An instance may be shared between threads.
 */
public final class TermMatcher {
    private final String lang;
    private final WordTokenizer tokenizer;
    private final WordNormalizer normalizer;
    private final TermIndex index;
    /** Each word met so far, as compared: a text repeats its words, and stemming them is most of the matching. */
    private final Map<String, WordForm> forms = new ConcurrentHashMap<>();

    /** A matcher of the terms of {@code lang} ("en", "ru", "az", …) in {@code glossary}. */
    public TermMatcher(Glossary glossary, String lang) {
        requireNonNull(glossary, "glossary");
        requireNonNull(lang, "lang");
        this.lang = lang.toLowerCase(Locale.ROOT);
        this.tokenizer = new WordTokenizer(this.lang);
        this.normalizer = new WordNormalizer(this.lang);
        this.index = new TermIndex(glossary, this.lang, tokenizer, normalizer);
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

    /** Every term hit in {@code text} with the term whose form was found, by start and then longest first. */
    public List<TermMatch> matches(String text) {
        List<WordTokenizer.Word> words = tokenizer.words(text);
        Function<String, Set<String>> keys = normalizer.newKeys();
        List<TextWord> textWords = new ArrayList<>(words.size());
        for (WordTokenizer.Word word : words) {
            WordForm form = forms.computeIfAbsent(word.text(), w -> form(w, keys));
            textWords.add(new TextWord(word, form));
        }
        List<TermMatch> candidates = new ArrayList<>();
        for (int first = 0; first < textWords.size(); first++) {
            List<TermIndex.Node> nodes = textWords.get(first).form().starts();
            for (int last = first; last < textWords.size() && !nodes.isEmpty(); last++) {
                if (last > first) {
                    nodes = children(nodes, textWords.get(last).keys());
                }
                List<TermIndex.IndexedTerm> tried = nodes.size() > 1 ? new ArrayList<>() : null;
                for (TermIndex.Node node : nodes) {
                    for (TermIndex.IndexedTerm term : node.terms()) {
                        if (tried != null && !firstTry(tried, term)) {
                            continue;
                        }
                        if (fits(term, text, textWords, first)) {
                            int start = textWords.get(first).word().start();
                            int end = textWords.get(last).word().end();
                            candidates.add(new TermMatch(
                                    new TermHit(term.conceptId(), start, end, text.substring(start, end)), term.term()));
                        }
                    }
                }
            }
        }
        return select(candidates);
    }

    /**
     * Whether {@code term} is tried for the first time at this step (the same object: a term indexed under two keys
     * of a word is reached through both); it is then added to {@code tried}.
     */
    private static boolean firstTry(List<TermIndex.IndexedTerm> tried, TermIndex.IndexedTerm term) {
        for (TermIndex.IndexedTerm earlier : tried) {
            if (earlier == term) {
                return false;
            }
        }
        return tried.add(term);
    }

    private WordForm form(String word, Function<String, Set<String>> keys) {
        String folded = normalizer.fold(word);
        Set<String> wordKeys = keys.apply(folded);
        if (TermIndex.isNumber(word)) {
            wordKeys = new HashSet<>(wordKeys);
            wordKeys.add(TermIndex.NUMBER);
        }
        return new WordForm(folded, wordKeys, children(List.of(index.root()), wordKeys));
    }

    /**
     * A word as compared: folded, its keys, and the trie's nodes that its keys lead to from the root, where the terms
     * that start with it are (looked up once per word: a large glossary's root is a large map, slow to search).
     */
    private record WordForm(String folded, Set<String> keys, List<TermIndex.Node> starts) {
    }

    private record TextWord(WordTokenizer.Word word, WordForm form) {
        String folded() {
            return form.folded();
        }

        Set<String> keys() {
            return form.keys();
        }
    }

    private static List<TermIndex.Node> children(List<TermIndex.Node> nodes, Set<String> keys) {
        List<TermIndex.Node> children = List.of();
        for (TermIndex.Node node : nodes) {
            for (String key : keys) {
                TermIndex.Node child = node.child(key);
                if (child != null && !children.contains(child)) {
                    if (children.isEmpty()) {
                        children = new ArrayList<>(2);
                    }
                    children.add(child);
                }
            }
        }
        return children;
    }

    /**
     * Whether {@code term}, reached in the trie from the word at {@code first}, is written there: the trie has met a
     * key of each of its words in the text's word already; each word must also be an inflection of the term's, an
     * acronym in capitals, and the words apart as the term wants.
     */
    private boolean fits(TermIndex.IndexedTerm term, String text, List<TextWord> textWords, int first) {
        for (int i = 0; i < term.words().size(); i++) {
            TermIndex.TermWord termWord = term.words().get(i);
            TextWord textWord = textWords.get(first + i);
            if (!termWord.number() && !normalizer.isInflectionOf(termWord.folded(), textWord.folded())
                    || termWord.acronym() && !TermIndex.isAcronym(textWord.word().text())) {
                return false;
            }
            if (i > 0 && !gapFits(text, textWords.get(first + i - 1).word().end(), textWord.word().start(),
                    term.gaps().get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text between two words has the gap key a term wants there; a single space is the usual gap. */
    private static boolean gapFits(String text, int from, int to, String gapKey) {
        if (to - from == 1 && text.charAt(from) == ' ') {
            return gapKey.isEmpty();
        }
        return TermIndex.gapKey(text.substring(from, to)).equals(gapKey);
    }

    /**
     * Keeps, in each run of overlapping candidates, the longest first; a shorter one is kept when it lies inside every
     * kept hit it overlaps and each of those is another concept. The candidates come by start (they are found word by
     * word from the first).
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

    private static void selectInRun(List<TermMatch> run, List<TermMatch> selected) {
        if (run.size() < 2) {
            selected.addAll(run);
            return;
        }
        run.sort(Comparator.comparingInt((TermMatch m) -> m.hit().start() - m.hit().end())
                .thenComparingInt(m -> m.hit().start()));
        List<TermMatch> kept = new ArrayList<>();
        for (TermMatch candidate : run) {
            if (keptBeside(candidate, kept)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt((TermMatch m) -> m.hit().start())
                .thenComparingInt(m -> m.hit().start() - m.hit().end()));
        selected.addAll(kept);
    }

    /** Whether {@code candidate} lies inside every kept hit it overlaps, each of them another concept. */
    private static boolean keptBeside(TermMatch candidate, List<TermMatch> kept) {
        for (TermMatch k : kept) {
            if (overlaps(k, candidate) && (!isWithin(candidate, k) || k.conceptId().equals(candidate.conceptId()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(TermMatch a, TermMatch b) {
        return a.hit().start() < b.hit().end() && b.hit().start() < a.hit().end();
    }

    private static boolean isWithin(TermMatch inner, TermMatch outer) {
        return outer.hit().start() <= inner.hit().start() && inner.hit().end() <= outer.hit().end();
    }
}
