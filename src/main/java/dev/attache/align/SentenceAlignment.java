package dev.attache.align;

import dev.attache.glossary.Glossary;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.steps.gcaligner.AlignmentFunction;
import net.sf.okapi.steps.gcaligner.AlignmentScorer;
import net.sf.okapi.steps.gcaligner.DpMatrix;
import net.sf.okapi.steps.gcaligner.DpMatrixCell;
import net.sf.okapi.steps.gcaligner.GaleAndChurch;
import net.sf.okapi.steps.gcaligner.Penalties;

/**
 * Aligns the sentences of an English document with those of its translation by Okapi's dynamic
 * programme ({@code DpMatrix}, {@code AlignmentFunction}, Okapi's penalties for 2:1 and 0:1 pairs),
 * either with Okapi's Gale–Church length scorer alone ({@link #okapiBaseline}) or with this
 * domain's anchors added ({@link #anchored}). Each pair gets a confidence: the mean of how well its
 * lengths fit and how many of its anchors agree (a pair without anchors counts one half there),
 * less a tenth for a 2:1 or 1:2, and a fifth more when the pairs on both sides of it pair sentences
 * too (the start and the end of the documents count as such): a pair among pairs is seldom wrong,
 * and an agency's rewrite leaves its sentences without counterpart around a false pair.
 */
public final class SentenceAlignment {
    /** A DpMatrixCell (header, back link, four ints) and its slot in the matrix's row. */
    static final int BYTES_PER_CELL = 40;

    private static final double NO_ANCHORS = 0.5;
    private static final double JOINED = 0.1;
    private static final double AMONG_PAIRS = 0.2;

    private final String sourceLang;
    private final String targetLang;
    private final Glossary glossary;
    private final boolean withAnchors;

    private SentenceAlignment(
            String sourceLang, String targetLang, Glossary glossary, boolean withAnchors) {
        this.sourceLang = sourceLang;
        this.targetLang = targetLang;
        this.glossary = glossary;
        this.withAnchors = withAnchors;
    }

    /** Okapi's aligner as it comes: Gale–Church lengths only. */
    public static SentenceAlignment okapiBaseline(String sourceLang, String targetLang) {
        return new SentenceAlignment(sourceLang, targetLang, Glossary.empty(), false);
    }

    /**
     * Okapi's aligner with the anchors of {@code glossary}, numbers, names, labels and paragraphs.
     */
    public static SentenceAlignment anchored(
            String sourceLang, String targetLang, Glossary glossary) {
        return new SentenceAlignment(sourceLang, targetLang, glossary, true);
    }

    /**
     * Whether two documents of {@code english} and {@code target} sentences can be aligned in this
     * JVM's heap: Okapi's {@link DpMatrix} holds a cell object for every pair of sentences (some
     * {@value #BYTES_PER_CELL} bytes each), so half the heap bounds their product. At {@code
     * -Xmx512m} that is some 6.7 million pairs, about 2,600 sentences a side: a long transcript,
     * not a million-word one.
     */
    public static boolean fits(int english, int target) {
        return (long) (english + 1) * (target + 1) * BYTES_PER_CELL
                <= Runtime.getRuntime().maxMemory() / 2;
    }

    public Alignment align(List<Sentence> english, List<Sentence> target) {
        Map<Sentence, Set<String>> anchors = new IdentityHashMap<>();
        if (withAnchors) {
            AnchorReader englishAnchors = new AnchorReader(glossary, sourceLang);
            AnchorReader targetAnchors = new AnchorReader(glossary, targetLang);
            english.forEach(s -> anchors.put(s, englishAnchors.anchors(s)));
            target.forEach(s -> anchors.put(s, targetAnchors.anchors(s)));
        }
        AnchoredScorer scorer = new AnchoredScorer(anchors);
        AlignmentScorer<Sentence> used = withAnchors ? scorer : new GaleAndChurch<>();
        LocaleId source = LocaleId.fromBCP47(sourceLang);
        LocaleId translation = LocaleId.fromBCP47(targetLang);
        scorer.setLocales(source, translation);
        var function = new AlignmentFunction<>(source, translation, List.of(used), new Penalties());
        List<DpMatrixCell> path = new DpMatrix<>(english, target, function).align();
        List<AlignedPair> pairs = new ArrayList<>(path.size());
        for (int i = 0; i < path.size(); i++) {
            DpMatrixCell cell = path.get(i);
            DpMatrixCell from = cell.nextCell();
            List<Sentence> en = english.subList(from.getXindex(), cell.getXindex());
            List<Sentence> tr = target.subList(from.getYindex(), cell.getYindex());
            boolean amongPairs =
                    (i == 0 || isLink(path.get(i - 1)))
                            && (i == path.size() - 1 || isLink(path.get(i + 1)));
            pairs.add(
                    en.isEmpty() || tr.isEmpty()
                            ? AlignedPair.unpaired(en, tr)
                            : new AlignedPair(en, tr, confidence(scorer, en, tr, amongPairs)));
        }
        return new Alignment(pairs);
    }

    private static boolean isLink(DpMatrixCell cell) {
        return cell.getXindex() > cell.nextCell().getXindex()
                && cell.getYindex() > cell.nextCell().getYindex();
    }

    private static double confidence(
            AnchoredScorer scorer,
            List<Sentence> english,
            List<Sentence> target,
            boolean amongPairs) {
        AnchoredScorer.AnchorCount count = scorer.count(english, target);
        int all = count.shared() + count.unshared();
        double anchors = all == 0 ? NO_ANCHORS : (double) count.shared() / all;
        double confidence =
                (scorer.lengthFit(english, target) + anchors) / 2
                        - (english.size() + target.size() > 2 ? JOINED : 0)
                        + (amongPairs ? AMONG_PAIRS : 0);
        return Math.max(0, Math.min(1, confidence));
    }
}
