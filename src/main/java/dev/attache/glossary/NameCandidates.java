package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

import dev.attache.DataFile;
import dev.attache.model.TermHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names in English texts that a glossary does not hold, for a terminologist to add:
 * abbreviations ("TASS", "G20") and runs of two or more capitalised words, small words such as "of"
 * allowed between them ("Council of Europe", "Antalya Diplomacy Forum", "Yury Ushakov"), with how
 * often each occurs and the first paragraph it is in. A run is cut at punctuation; a sentence's
 * opening word ("The", "Mr") is left off its front (the words are data, {@code
 * name-candidate-words.tsv} beside this class). The glossary holds a word of a run when a term it
 * finds there covers it: what is left of a run once the held words at its ends are left off
 * ("Foreign Minister Elmar Mammadyarov" → "Elmar Mammadyarov"; "Committee of Ministers of the
 * Council of Europe" stays whole) is the candidate, when it still has two capitalised words or is
 * an abbreviation.
 */
public final class NameCandidates {
    /**
     * A name: its text, kind (abbreviation or name), count, and where it was first seen, with that
     * paragraph.
     */
    public record Candidate(String text, String kind, int count, String source, String context) {
        public Candidate {
            requireNonNull(text, "text");
            requireNonNull(kind, "kind");
            requireNonNull(source, "source");
            requireNonNull(context, "context");
        }
    }

    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]+");
    private static final int CONTEXT = 160;
    private static final Map<String, String> WORDS = read("name-candidate-words.tsv");

    private final TermMatcher matcher;
    private final WordTokenizer tokenizer = new WordTokenizer("en");
    private final Map<String, Candidate> found = new LinkedHashMap<>();

    /** Candidates for {@code glossary}, whose English terms are the names it holds. */
    public NameCandidates(Glossary glossary) {
        this.matcher = new TermMatcher(requireNonNull(glossary, "glossary"), "en", VerbFinder.NONE);
    }

    /** Adds the names of one paragraph of {@code source} (a file name, for the listing). */
    public void add(String source, String paragraph) {
        List<WordTokenizer.Word> words = tokenizer.words(paragraph);
        boolean[] held = held(paragraph, words);
        int first = 0;
        for (int i = 0; i <= words.size(); i++) {
            boolean continues =
                    i < words.size()
                            && (isCapitalised(words.get(i).text()) || isJoiner(words.get(i).text()))
                            && (i == first
                                    || TermIndex.gapKey(
                                                    paragraph.substring(
                                                            words.get(i - 1).end(),
                                                            words.get(i).start()))
                                            .isEmpty());
            if (!continues) {
                take(source, paragraph, words, held, first, i);
                first = i < words.size() && isCapitalised(words.get(i).text()) ? i : i + 1;
            }
        }
    }

    /** The candidates, most frequent first, then in the order first seen. */
    public List<Candidate> candidates() {
        List<Candidate> list = new ArrayList<>(found.values());
        list.sort(Comparator.comparingInt(Candidate::count).reversed());
        return list;
    }

    /**
     * A skeleton termbase of the candidates: one concept each, its English term and a source that
     * says where it was seen, for a terminologist to complete with the Russian and Azerbaijani
     * terms and their sources.
     */
    public Glossary skeleton() {
        Map<String, Integer> ids = new HashMap<>();
        List<Concept> concepts = new ArrayList<>();
        for (Candidate candidate : candidates()) {
            String id =
                    "c-"
                            + candidate
                                    .text()
                                    .toLowerCase(Locale.ROOT)
                                    .replaceAll("[^\\p{L}\\p{N}]+", "-")
                                    .replaceAll("^-|-$", "");
            int n = ids.merge(id, 1, Integer::sum);
            concepts.add(
                    new Concept(
                            n == 1 ? id : id + "-" + n,
                            "",
                            "",
                            "Seen "
                                    + candidate.count()
                                    + " times; first in "
                                    + candidate.source()
                                    + ": "
                                    + candidate.context(),
                            Map.of(
                                    "en",
                                    List.of(
                                            new Term(
                                                    candidate.text(),
                                                    TermStatus.PREFERRED,
                                                    "noun",
                                                    "")))));
        }
        return new Glossary(concepts);
    }

    /**
     * Takes words {@code [from, to)}, a run of capitalised and small words, as a candidate once the
     * words at its ends that the glossary holds, small words and a sentence's opening word are left
     * off.
     */
    private void take(
            String source,
            String paragraph,
            List<WordTokenizer.Word> words,
            boolean[] held,
            int from,
            int to) {
        while (from < to
                && (held[from]
                        || isJoiner(words.get(from).text())
                        || opens(words.get(from).text()))) {
            from++;
        }
        while (to > from && (held[to - 1] || isJoiner(words.get(to - 1).text()))) {
            to--;
        }
        if (from == to) {
            return;
        }
        boolean abbreviation =
                to - from == 1 && ABBREVIATION.matcher(words.get(from).text()).matches();
        long capitalised =
                words.subList(from, to).stream().filter(w -> isCapitalised(w.text())).count();
        if (!abbreviation && capitalised < 2) {
            return;
        }
        int start = words.get(from).start();
        int end = words.get(to - 1).end();
        String text = paragraph.substring(start, end).replaceAll("['\u2019]s$", "");
        found.merge(
                text,
                new Candidate(
                        text,
                        abbreviation ? "abbreviation" : "name",
                        1,
                        source,
                        context(paragraph, start, end)),
                (old, more) ->
                        new Candidate(
                                old.text(),
                                old.kind(),
                                old.count() + 1,
                                old.source(),
                                old.context()));
    }

    /** Which words the glossary holds: each word inside a term hit. */
    private boolean[] held(String paragraph, List<WordTokenizer.Word> words) {
        boolean[] held = new boolean[words.size()];
        for (TermHit hit : matcher.find(paragraph)) {
            for (int i = 0; i < words.size(); i++) {
                held[i] |= hit.start() <= words.get(i).start() && words.get(i).end() <= hit.end();
            }
        }
        return held;
    }

    private static String context(String paragraph, int start, int end) {
        int from = Math.max(0, Math.min(start - CONTEXT / 3, paragraph.length() - CONTEXT));
        int to = Math.min(paragraph.length(), Math.max(end, from + CONTEXT));
        return (from > 0 ? "…" : "")
                + paragraph.substring(from, to).strip()
                + (to < paragraph.length() ? "…" : "");
    }

    private static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean isJoiner(String word) {
        return "joins".equals(WORDS.get(word));
    }

    private static boolean opens(String word) {
        return "opens".equals(WORDS.get(word));
    }

    private static Map<String, String> read(String resource) {
        Map<String, String> words = new HashMap<>();
        for (DataFile.Row row : DataFile.read(NameCandidates.class, resource).rows()) {
            String[] cells = row.text().split("\t");
            if (!Set.of("joins", "opens").contains(cells[1].strip())) {
                throw new IllegalStateException(
                        resource + ": unknown role in '" + row.text() + "'");
            }
            words.put(cells[0].strip(), cells[1].strip());
        }
        return words;
    }
}
