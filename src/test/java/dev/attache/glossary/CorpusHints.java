package dev.attache.glossary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.model.TermHit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The hints into Russian that the shipped glossary gives on the real-page corpus ({@code
 * src/test/resources/realpages}, format in its README), scored against each page's gold {@code
 * terms}: a hint is right when its English span equals a gold {@code en} phrase of the page and its
 * rendering equals that phrase's {@code ru} up to inflection; a gold phrase that no one hint is is
 * also found where consecutive hints cover it and their renderings in order make its Russian (a
 * title and a name: "Foreign Minister" and "Sergey Lavrov" are "министр иностранных дел Сергей
 * Лавров"), and those hints are right. Each page counts each distinct hint and each distinct gold
 * phrase once. Also listed: the hints on a word that OpenNLP's tagger takes for a verb, and those
 * that give a word in lower case a capitalised rendering (an institution's, to a generic word).
 */
final class CorpusHints {
    static final Path CORPUS = Path.of("src/test/resources/realpages");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A gold hint: an English phrase of the page and its Russian rendering. */
    record GoldTerm(String en, String ru) {}

    /** A page of the corpus: its segments and gold terms. */
    record Page(Path gold, List<String> segments, Set<GoldTerm> terms) {
        Page {
            segments = List.copyOf(segments);
            terms = Set.copyOf(terms);
        }
    }

    /**
     * The score of one way of hinting over the corpus, with what it got wrong and what it missed.
     */
    record Score(
            int hints,
            int judged,
            int rightHints,
            int gold,
            int foundGold,
            List<String> wrong,
            List<String> missed,
            List<String> onVerbs,
            List<String> institutionOnGeneric,
            List<String> all) {
        double precision() {
            return hints == 0 ? 1 : (double) rightHints / hints;
        }

        double recall() {
            return gold == 0 ? 1 : (double) foundGold / gold;
        }

        /**
         * The precision over the hints whose span the gold lists: how often the rendering is the
         * gold's.
         */
        double judgedPrecision() {
            return judged == 0 ? 1 : (double) rightHints / judged;
        }

        String figures() {
            return String.format(
                    "precision %.3f (%d/%d; %.3f of the %d whose span the gold lists), recall %.3f (%d/%d)",
                    precision(),
                    rightHints,
                    hints,
                    judgedPrecision(),
                    judged,
                    recall(),
                    foundGold,
                    gold);
        }
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    private final Glossary glossary;

    /**
     * The judge of verbs for {@link Score#onVerbs}: OpenNLP's tagger, whatever the matcher used.
     */
    private final VerbFinder judge = new OpenNlpVerbs();

    private final WordTokenizer englishWords = new WordTokenizer("en");
    private final WordTokenizer russianWords = new WordTokenizer("ru");
    private final WordNormalizer russian = new WordNormalizer("ru");
    private final Function<String, Set<String>> russianKeys = russian.newKeys();

    CorpusHints(Glossary glossary) {
        this.glossary = glossary;
    }

    static List<Page> pages() {
        try (var files = Files.walk(CORPUS)) {
            List<Page> pages = new ArrayList<>();
            for (Path gold :
                    files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList()) {
                JsonNode node = JSON.readTree(gold.toFile());
                List<String> segments = new ArrayList<>();
                node.path("segments").forEach(s -> segments.add(s.asText()));
                Set<GoldTerm> terms = new LinkedHashSet<>();
                node.path("terms")
                        .forEach(
                                t ->
                                        terms.add(
                                                new GoldTerm(
                                                        t.path("en").asText(),
                                                        t.path("ru").asText())));
                pages.add(new Page(gold, segments, terms));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hints of each page by {@code matcher}, scored against the gold. */
    Score score(List<Page> pages, TermMatcher matcher) {
        HintSelector selector = new HintSelector(glossary, "ru");
        int hints = 0;
        int judged = 0;
        int right = 0;
        int gold = 0;
        int found = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> onVerbs = new ArrayList<>();
        List<String> institutionOnGeneric = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Page page : pages) {
            Set<GoldTerm> hinted = new LinkedHashSet<>();
            List<PlacedHint> placed = new ArrayList<>();
            String name = CORPUS.relativize(page.gold()).toString();
            for (String segment : page.segments()) {
                List<WordTokenizer.Word> words = englishWords.words(segment);
                BitSet verbs = judge.verbs(words.stream().map(WordTokenizer.Word::text).toList());
                for (TermHit hit : selector.select(matcher.find(segment))) {
                    Optional<Term> rendering =
                            glossary.concept(hit.conceptId())
                                    .flatMap(c -> c.rendering("en", hit.matchedText(), "ru"));
                    rendering.ifPresent(
                            term -> {
                                hinted.add(new GoldTerm(hit.matchedText(), term.text()));
                                placed.add(
                                        new PlacedHint(
                                                segment,
                                                hit.start(),
                                                hit.end(),
                                                new GoldTerm(hit.matchedText(), term.text())));
                            });
                    String line =
                            name
                                    + ": "
                                    + hit.matchedText()
                                    + " → "
                                    + rendering.map(Term::text).orElse("")
                                    + " in \""
                                    + segment
                                    + "\"";
                    int head =
                            words.stream()
                                    .filter(w -> w.end() == hit.end())
                                    .findFirst()
                                    .map(words::indexOf)
                                    .orElse(-1);
                    all.add(line);
                    if (head >= 0 && verbs.get(head)) {
                        onVerbs.add(line);
                    }
                    // a generic word: every word in lower case ("armed forces", "our presidents");
                    // "prime
                    // minister of Armenia" names one office and may be hinted as the institution
                    if (hit.matchedText().codePoints().noneMatch(Character::isUpperCase)
                            && rendering
                                    .map(t -> Character.isUpperCase(t.text().charAt(0)))
                                    .orElse(false)) {
                        institutionOnGeneric.add(line);
                    }
                }
            }
            Set<GoldTerm> composing = new LinkedHashSet<>();
            Set<GoldTerm> composed = new LinkedHashSet<>();
            for (GoldTerm term : page.terms()) {
                if (hinted.stream().noneMatch(h -> agree(h, term))) {
                    List<GoldTerm> parts = composition(term, placed);
                    if (!parts.isEmpty()) {
                        composing.addAll(parts);
                        composed.add(term);
                    }
                }
            }
            for (GoldTerm hint : hinted) {
                hints++;
                if (page.terms().stream().anyMatch(g -> sameSpan(g.en(), hint.en()))) {
                    judged++;
                }
                if (page.terms().stream().anyMatch(g -> agree(hint, g))
                        || composing.contains(hint)) {
                    right++;
                } else {
                    wrong.add(
                            name
                                    + ": "
                                    + hint.en()
                                    + " → "
                                    + hint.ru()
                                    + page.terms().stream()
                                            .filter(g -> g.en().equals(hint.en()))
                                            .map(g -> " (gold: " + g.ru() + ")")
                                            .findFirst()
                                            .orElse(""));
                }
            }
            for (GoldTerm term : page.terms()) {
                gold++;
                if (hinted.stream().anyMatch(h -> agree(h, term))
                        || composed.contains(term)
                        || insideAHint(term, placed)) {
                    found++;
                } else {
                    missed.add(name + ": " + term.en() + " → " + term.ru());
                }
            }
        }
        return new Score(
                hints,
                judged,
                right,
                gold,
                found,
                wrong,
                missed,
                onVerbs,
                institutionOnGeneric,
                all);
    }

    /** A hint where it stands: its segment, its span there, and what it says. */
    private record PlacedHint(String segment, int start, int end, GoldTerm hint) {}

    /**
     * The hints that together make a gold phrase where no one hint is it: consecutive hints of a
     * segment, apart by spaces only, that cover the phrase where it occurs, their renderings in
     * order making its Russian up to inflection ("Foreign Minister" and "Sergey Lavrov" make
     * "Foreign Minister Sergey Lavrov → министр иностранных дел Сергей Лавров"); none when none do.
     */
    private List<GoldTerm> composition(GoldTerm gold, List<PlacedHint> placed) {
        for (PlacedHint first : placed) {
            String segment = first.segment();
            if (!segment.startsWith(gold.en(), first.start())) {
                continue;
            }
            int end = first.start() + gold.en().length();
            List<GoldTerm> parts = new ArrayList<>(List.of(first.hint()));
            PlacedHint last = first;
            while (last.end() < end) {
                PlacedHint previous = last;
                last =
                        placed.stream()
                                .filter(
                                        h ->
                                                h.segment().equals(segment)
                                                        && h.start() > previous.end()
                                                        && segment.substring(
                                                                        previous.end(), h.start())
                                                                .isBlank())
                                .findFirst()
                                .orElse(null);
                if (last == null) {
                    break;
                }
                parts.add(last.hint());
            }
            if (last != null
                    && (last.end() == end
                            || POSSESSIVE.matcher(segment.substring(end, last.end())).matches())
                    && parts.size() > 1
                    && sameUpToInflection(
                            String.join(" ", parts.stream().map(GoldTerm::ru).toList()),
                            gold.ru())) {
                return parts;
            }
        }
        return List.of();
    }

    /**
     * Whether a longer hint holds a gold phrase: the phrase lies inside the hint's span where it
     * occurs, and the hint's rendering holds the phrase's Russian as consecutive words up to
     * inflection ("Russian President" inside "Russian President Vladimir Putin → Президент России
     * Владимир Путин"), as the README's hint rule leaves a term out that the longer term's
     * rendering already gives.
     */
    private boolean insideAHint(GoldTerm gold, List<PlacedHint> placed) {
        for (PlacedHint hint : placed) {
            int at = hint.segment().indexOf(gold.en(), hint.start());
            if (at >= 0
                    && at + gold.en().length() <= hint.end()
                    && hint.end() - hint.start() > gold.en().length()
                    && holdsUpToInflection(hint.hint().ru(), gold.ru())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words of {@code part} occur in {@code whole} in a row, up to inflection. */
    private boolean holdsUpToInflection(String whole, String part) {
        List<WordTokenizer.Word> words = russianWords.words(whole);
        int size = russianWords.words(part).size();
        if (size == 0) {
            return false;
        }
        for (int from = 0; from + size <= words.size(); from++) {
            String run = whole.substring(words.get(from).start(), words.get(from + size - 1).end());
            if (sameUpToInflection(run, part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a hint is the gold term: the same English span, and the same Russian words up to
     * inflection.
     */
    private boolean agree(GoldTerm hint, GoldTerm gold) {
        return sameSpan(hint.en(), gold.en()) && sameUpToInflection(hint.ru(), gold.ru());
    }

    /**
     * Whether two English spans are one term: equal, or one the other's possessive ("Sergey
     * Lavrov’s" is "Sergey Lavrov" inflected, as the matcher finds it).
     */
    private static boolean sameSpan(String a, String b) {
        return a.equals(b)
                || POSSESSIVE
                        .matcher(a)
                        .replaceFirst("")
                        .equals(POSSESSIVE.matcher(b).replaceFirst(""));
    }

    private boolean sameUpToInflection(String a, String b) {
        List<WordTokenizer.Word> first = russianWords.words(a);
        List<WordTokenizer.Word> second = russianWords.words(b);
        if (first.size() != second.size()) {
            return false;
        }
        for (int i = 0; i < first.size(); i++) {
            Set<String> keys = russianKeys.apply(russian.fold(first.get(i).text()));
            if (russianKeys.apply(russian.fold(second.get(i).text())).stream()
                    .noneMatch(keys::contains)) {
                return false;
            }
        }
        return true;
    }
}
