package dev.attache.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A hand-made sentence alignment ({@code .align.tsv}: English sentences, a tab, target sentences, a
 * tab, the pair's kind; whitespace collapsed, several sentences joined by a space, a 1:0 or 0:1
 * with one side empty), and how many pairs of an aligner's output it holds.
 */
record GoldAlignment(List<GoldPair> pairs) {
    record GoldPair(String english, String target, String kind) {
        boolean isLink() {
            return !english.isEmpty() && !target.isEmpty();
        }
    }

    /**
     * What an alignment scores against the gold: pairs right, pairs given, gold pairs; all, and
     * links only.
     */
    record Score(int right, int given, int gold, int rightLinks, int givenLinks, int goldLinks) {
        Score plus(Score other) {
            return new Score(
                    right + other.right,
                    given + other.given,
                    gold + other.gold,
                    rightLinks + other.rightLinks,
                    givenLinks + other.givenLinks,
                    goldLinks + other.goldLinks);
        }

        double precision() {
            return ratio(right, given);
        }

        double recall() {
            return ratio(right, gold);
        }

        double f1() {
            return f1(precision(), recall());
        }

        double linkPrecision() {
            return ratio(rightLinks, givenLinks);
        }

        double linkRecall() {
            return ratio(rightLinks, goldLinks);
        }

        double linkF1() {
            return f1(linkPrecision(), linkRecall());
        }

        String line() {
            return "pairs P %.3f R %.3f F1 %.3f (%d right of %d given, %d gold); links (1:1, 2:1, 1:2) P %.3f R %.3f F1 %.3f (%d of %d, %d gold)"
                    .formatted(
                            precision(),
                            recall(),
                            f1(),
                            right,
                            given,
                            gold,
                            linkPrecision(),
                            linkRecall(),
                            linkF1(),
                            rightLinks,
                            givenLinks,
                            goldLinks);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 1 : (double) part / whole;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static GoldAlignment read(Path tsv) {
        try {
            List<GoldPair> pairs = new ArrayList<>();
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3) {
                    throw new IllegalArgumentException(tsv + ": not three cells: " + line);
                }
                pairs.add(new GoldPair(normal(cells[0]), normal(cells[1]), cells[2].strip()));
            }
            return new GoldAlignment(pairs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Score score(List<AlignedPair> aligned) {
        Set<List<String>> gold = new HashSet<>();
        pairs.forEach(p -> gold.add(List.of(p.english(), p.target())));
        int right = 0;
        int rightLinks = 0;
        int givenLinks = 0;
        for (AlignedPair pair : aligned) {
            boolean hit =
                    gold.contains(List.of(normal(pair.englishText()), normal(pair.targetText())));
            right += hit ? 1 : 0;
            if (!pair.isUnpaired()) {
                givenLinks++;
                rightLinks += hit ? 1 : 0;
            }
        }
        return new Score(
                right,
                aligned.size(),
                pairs.size(),
                rightLinks,
                givenLinks,
                (int) pairs.stream().filter(GoldPair::isLink).count());
    }

    /** The pairs given that the gold does not hold, one line each: shape, English | target. */
    List<String> misses(List<AlignedPair> aligned) {
        Set<List<String>> gold = new HashSet<>();
        pairs.forEach(p -> gold.add(List.of(p.english(), p.target())));
        return aligned.stream()
                .filter(
                        p ->
                                !gold.contains(
                                        List.of(normal(p.englishText()), normal(p.targetText()))))
                .map(p -> p.shape() + " " + p.englishText() + " | " + p.targetText())
                .toList();
    }

    /** The gold pairs an alignment does not give, one line each: English | target. */
    List<String> missed(List<AlignedPair> aligned) {
        Set<List<String>> given = new HashSet<>();
        aligned.forEach(p -> given.add(List.of(normal(p.englishText()), normal(p.targetText()))));
        return pairs.stream()
                .filter(p -> !given.contains(List.of(p.english(), p.target())))
                .map(p -> p.english() + " | " + p.target())
                .toList();
    }

    /** Of the confident pairs given, how many the gold holds, and how many were given. */
    int[] confidentRight(List<AlignedPair> aligned) {
        Set<List<String>> gold = new HashSet<>();
        pairs.forEach(p -> gold.add(List.of(p.english(), p.target())));
        List<AlignedPair> confident = aligned.stream().filter(AlignedPair::isConfident).toList();
        int right =
                (int)
                        confident.stream()
                                .filter(
                                        p ->
                                                gold.contains(
                                                        List.of(
                                                                normal(p.englishText()),
                                                                normal(p.targetText()))))
                                .count();
        return new int[] {right, confident.size()};
    }

    /**
     * Whitespace collapsed to one space; a dash that opens a turn followed by one space, as the
     * reader writes it back ("-Уважаемый" is "- Уважаемый").
     */
    static String normal(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ")
                .strip()
                .replaceFirst("^([-–—])(?=\\p{Lu})", "$1 ");
    }
}
