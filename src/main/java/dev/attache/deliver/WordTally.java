package dev.attache.deliver;

/**
 * How many segments, and how many words in their sources and in their targets: one row of a word
 * count.
 */
public record WordTally(int segments, long sourceWords, long targetWords) {
    public static final WordTally ZERO = new WordTally(0, 0, 0);

    public WordTally {
        if (segments < 0 || sourceWords < 0 || targetWords < 0) {
            throw new IllegalArgumentException(
                    "a word count is never negative: "
                            + segments
                            + " segments, "
                            + sourceWords
                            + " source words, "
                            + targetWords
                            + " target words");
        }
    }

    /** One segment with these words. */
    public static WordTally ofSegment(long sourceWords, long targetWords) {
        return new WordTally(1, sourceWords, targetWords);
    }

    public WordTally plus(WordTally other) {
        return new WordTally(
                Math.addExact(segments, other.segments),
                Math.addExact(sourceWords, other.sourceWords),
                Math.addExact(targetWords, other.targetWords));
    }
}
