package dev.attache.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.glossary.Glossary;
import dev.attache.glossary.GlossaryFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pair precision, recall and F1 on the published page pairs of {@code src/test/resources/archive}
 * (agencies' and presidencies' English and Russian or Azerbaijani versions of the same words,
 * hand-aligned): Okapi's Gale–Church aligner alone against it with this domain's anchors. The
 * floors are what the anchored aligner reaches (December 2026: pairs P 0.694 R 0.642 F1 0.667,
 * links F1 0.533, 18 of 25 confident pairs right; Okapi alone pairs F1 0.202, links 0.079; before
 * an interview's dash stayed with its turn and chrome and titles paired only with their kind:
 * 0.592, 0.489, 17 of 27); the baseline is reported beside it, and must stay below it. {@code
 * -Dalign.dump} prints each page's wrong and missed pairs.
 */
class ArchiveAlignmentTest {
    private static final Glossary GLOSSARY = new GlossaryFiles().loadBuiltIn().glossary();

    @Test
    void anchorsAlignThePublishedPairsBetterThanOkapiAlone() {
        GoldAlignment.Score baseline = new GoldAlignment.Score(0, 0, 0, 0, 0, 0);
        GoldAlignment.Score anchored = baseline;
        int confidentRight = 0;
        int confidentGiven = 0;
        for (ArchivePairs pair : ArchivePairs.all()) {
            List<Sentence> english = ArchivePairs.sentences(pair.english(), pair.targetLang());
            List<Sentence> target = ArchivePairs.sentences(pair.target(), pair.targetLang());
            GoldAlignment.Score okapi =
                    pair.gold()
                            .score(
                                    SentenceAlignment.okapiBaseline("en", pair.targetLang())
                                            .align(english, target)
                                            .pairs());
            List<AlignedPair> ours =
                    SentenceAlignment.anchored("en", pair.targetLang(), GLOSSARY)
                            .align(english, target)
                            .pairs();
            GoldAlignment.Score score = pair.gold().score(ours);
            System.out.printf(
                    "%-60s okapi %s%n%-60s ours  %s%n",
                    pair.name(), okapi.line(), "", score.line());
            if (System.getProperty("align.dump") != null) {
                pair.gold().misses(ours).forEach(line -> System.out.println("  wrong  " + line));
                pair.gold().missed(ours).forEach(line -> System.out.println("  missed " + line));
            }
            int[] sure = pair.gold().confidentRight(ours);
            confidentRight += sure[0];
            confidentGiven += sure[1];
            baseline = baseline.plus(okapi);
            anchored = anchored.plus(score);
        }
        System.out.println("archive pairs, Okapi alone: " + baseline.line());
        System.out.println("archive pairs, anchored:    " + anchored.line());
        System.out.printf(
                "archive pairs, confident: %d right of %d given%n", confidentRight, confidentGiven);
        assertThat(anchored.f1()).isGreaterThan(baseline.f1()).isGreaterThanOrEqualTo(0.68);
        assertThat(anchored.linkF1()).isGreaterThan(baseline.linkF1()).isGreaterThanOrEqualTo(0.55);
        assertThat((double) confidentRight / confidentGiven)
                .as("confident pairs right")
                .isGreaterThanOrEqualTo(0.72);
    }
}
