package dev.attache.align;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.steps.gcaligner.AlignmentScorer;
import net.sf.okapi.steps.gcaligner.GaleAndChurch;

/**
 * The cost of a candidate pair, in Gale and Church's units ({@code -100 ln p}): Okapi's length
 * cost, then for the anchors of the two sides ({@link AnchorReader}) {@value #SHARED} off for each
 * anchor both hold and {@value #UNSHARED} on for each anchor one side holds alone, {@value
 * #NOTHING_SHARED} more when both hold anchors and share none; {@value #LABEL_MISMATCH} on when a
 * speaker label would pair with a sentence that is none, and for sentences of other kinds ({@link
 * #kindCost}), {@value #PARAGRAPH} when one sentence opens a paragraph and the other does not, and
 * {@value #JOIN_ACROSS_PARAGRAPHS} for joining two sentences of different paragraphs. A sentence
 * left without counterpart costs Okapi's penalty for a 0:1 pair (450) plus {@value #UNPAIRED},
 * whatever its length: Okapi's own deletion cost grows with the length, which forces an agency's
 * rewritten sentences into false pairs. Two by two pairs are not made.
 */
final class AnchoredScorer implements AlignmentScorer<Sentence> {
    static final int SHARED = 150;
    static final int UNSHARED = 90;
    static final int NOTHING_SHARED = 250;
    static final int LABEL_MISMATCH = 2000;
    static final int PARAGRAPH = 40;
    static final int BOILERPLATE_MISMATCH = 2000;
    static final int TITLE_MISMATCH = 1000;
    private static final String BOILERPLATE = "boilerplate";
    private static final String TITLE = "title";
    static final int JOIN_ACROSS_PARAGRAPHS = 300;
    static final int UNPAIRED = -100;
    private static final int NEVER = 1_000_000;

    private final GaleAndChurch<Sentence> lengths = new GaleAndChurch<>();
    private final Map<Sentence, Set<String>> anchors;

    /** A scorer that knows each sentence's anchors (the map is by identity). */
    AnchoredScorer(Map<Sentence, Set<String>> anchors) {
        this.anchors = anchors;
    }

    @Override
    public void setLocales(LocaleId source, LocaleId target) {
        lengths.setLocales(source, target);
    }

    @Override
    public int substitutionScore(Sentence source, Sentence target) {
        return lengths.substitutionScore(source, target)
                + anchorCost(List.of(source), List.of(target))
                + (source.label() != target.label() ? LABEL_MISMATCH : 0)
                + kindCost(source, target)
                + (source.opensParagraph() != target.opensParagraph() ? PARAGRAPH : 0);
    }

    @Override
    public int deletionScore(Sentence source) {
        return UNPAIRED;
    }

    @Override
    public int insertionScore(Sentence target) {
        return UNPAIRED;
    }

    /** Two English sentences to one: Okapi passes the later one first. */
    @Override
    public int contractionScore(Sentence later, Sentence earlier, Sentence target) {
        return lengths.contractionScore(later, earlier, target)
                + anchorCost(List.of(earlier, later), List.of(target))
                + joinCost(earlier, later, target);
    }

    /** One English sentence to two: Okapi passes the later target sentence first. */
    @Override
    public int expansionScore(Sentence source, Sentence later, Sentence earlier) {
        return lengths.expansionScore(source, later, earlier)
                + anchorCost(List.of(source), List.of(earlier, later))
                + joinCost(earlier, later, source);
    }

    @Override
    public int meldingScore(Sentence one, Sentence two, Sentence three, Sentence four) {
        return NEVER;
    }

    private static int joinCost(Sentence earlier, Sentence later, Sentence other) {
        return (later.opensParagraph() ? JOIN_ACROSS_PARAGRAPHS : 0)
                + (earlier.label() || later.label() || other.label() ? LABEL_MISMATCH : 0)
                + kindCost(earlier, other)
                + kindCost(later, other)
                + (earlier.opensParagraph() != other.opensParagraph() ? PARAGRAPH : 0);
    }

    /**
     * {@value #BOILERPLATE_MISMATCH} when one sentence is a page's furniture and the other is not,
     * {@value #TITLE_MISMATCH} when one is a title and the other is not: chrome pairs with chrome,
     * a headline with a headline (a page without one has its first sentence read as body).
     */
    private static int kindCost(Sentence one, Sentence other) {
        return (one.kind().equals(BOILERPLATE) != other.kind().equals(BOILERPLATE)
                        ? BOILERPLATE_MISMATCH
                        : 0)
                + (one.kind().equals(TITLE) != other.kind().equals(TITLE) ? TITLE_MISMATCH : 0);
    }

    int anchorCost(List<Sentence> source, List<Sentence> target) {
        AnchorCount count = count(source, target);
        return count.unshared() * UNSHARED
                - count.shared() * SHARED
                + (count.shared() == 0 && count.sourceOnly() > 0 && count.targetOnly() > 0
                        ? NOTHING_SHARED
                        : 0);
    }

    /** The anchors the two sides share and those each holds alone. */
    AnchorCount count(List<Sentence> source, List<Sentence> target) {
        Set<String> english = union(source);
        Set<String> translation = union(target);
        Set<String> shared = new HashSet<>(english);
        shared.retainAll(translation);
        return new AnchorCount(
                shared.size(), english.size() - shared.size(), translation.size() - shared.size());
    }

    private Set<String> union(List<Sentence> sentences) {
        Set<String> all = new HashSet<>();
        sentences.forEach(s -> all.addAll(anchors.getOrDefault(s, Set.of())));
        return all;
    }

    /**
     * How well the lengths of a pair fit, from 0 to 1 (Gale and Church's two-sided probability).
     */
    double lengthFit(List<Sentence> source, List<Sentence> target) {
        return lengths.prob(length(source), length(target));
    }

    private static int length(List<Sentence> sentences) {
        return sentences.stream().mapToInt(s -> s.text().length()).sum();
    }

    /** Anchors both sides hold, and those only one holds. */
    record AnchorCount(int shared, int sourceOnly, int targetOnly) {
        int unshared() {
            return sourceOnly + targetOnly;
        }
    }
}
