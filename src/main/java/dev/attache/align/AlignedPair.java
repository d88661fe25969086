package dev.attache.align;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One aligned pair: the English sentences (none, one or two) and the target sentences (none, one or
 * two) that render each other, and how sure the aligner is of it, from 0 to 1 (0 for a sentence
 * left without counterpart).
 */
public record AlignedPair(List<Sentence> english, List<Sentence> target, double confidence) {
    /**
     * From this confidence on, a pair is taken as right: Translated in the worksheet, and memory
     * with {@code --tm}.
     */
    public static final double CONFIDENT = 0.5;

    public AlignedPair {
        english = List.copyOf(english);
        target = List.copyOf(target);
        if (english.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException(
                    "an aligned pair needs a sentence on one side at least");
        }
        if (english.size() > 2 || target.size() > 2) {
            throw new IllegalArgumentException(
                    "an aligned pair has at most two sentences a side: "
                            + english.size()
                            + ":"
                            + target.size());
        }
        if (confidence < 0
                || confidence > 1
                || ((english.isEmpty() || target.isEmpty()) && confidence != 0)) {
            throw new IllegalArgumentException(
                    "a pair's confidence is 0 to 1, and 0 without counterpart: " + confidence);
        }
    }

    /** Whether one side is empty: a 1:0 or a 0:1. */
    public boolean isUnpaired() {
        return english.isEmpty() || target.isEmpty();
    }

    /** Whether the pair is sure enough to be taken without review. */
    public boolean isConfident() {
        return !isUnpaired() && confidence >= CONFIDENT;
    }

    /** {@code 1:1}, {@code 2:1}, {@code 1:2}, {@code 1:0}, {@code 0:1}. */
    public String shape() {
        return english.size() + ":" + target.size();
    }

    /** The English sentences joined by a space. */
    public String englishText() {
        return joined(english);
    }

    /** The target sentences joined by a space. */
    public String targetText() {
        return joined(target);
    }

    /**
     * What the pair is: the kind of its first English paragraph ({@code title}, {@code body}, …),
     * else the target's.
     */
    public String kind() {
        Sentence first = english.isEmpty() ? target.get(0) : english.get(0);
        return first.label() ? "label" : first.kind();
    }

    private static String joined(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).collect(Collectors.joining(" "));
    }

    static AlignedPair unpaired(List<Sentence> english, List<Sentence> target) {
        requireNonNull(english, "english");
        return new AlignedPair(english, target, 0);
    }
}
