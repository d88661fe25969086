package dev.attache.memory;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The index's ranking of fuzzy candidates: an entry scores {@code c / max(n, m)}, where {@code c}
 * is the number of the sentence's {@code n} words it holds (lower case, counted with repeats, as
 * many times as the sentence has them) and {@code m} its own word count. Since the word-level edit
 * distance is at least {@code max(n, m) − c}, a hundred times this is at least {@link FuzzyScore}'s
 * base: an upper bound, which tells the look-up when no entry it has not read can score more than
 * those it has. The norm of the words field is the entry's exact word count.
 */
final class SharedWords extends Similarity {
    private final int sentenceWords;

    /** For a look-up of a sentence of {@code sentenceWords} words (any number when indexing). */
    SharedWords(int sentenceWords) {
        this.sentenceWords = Math.max(1, sentenceWords);
    }

    @Override
    public long computeNorm(FieldInvertState state) {
        return Math.max(1, state.getLength());
    }

    /**
     * A term's scorer; its boost is how many times the sentence holds the word, so that a word the
     * entry repeats more often counts no more than that.
     */
    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        return new SimScorer() {
            @Override
            public float score(float freq, long norm) {
                return Math.min(freq, boost) / Math.max(sentenceWords, norm);
            }
        };
    }
}
