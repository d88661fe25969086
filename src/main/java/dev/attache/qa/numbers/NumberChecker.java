package dev.attache.qa.numbers;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The numbers check ({@value NumberFinding#CHECK}): reads every number and date of a source and of
 * its target as values, in each language's way of writing them, and compares them ({@link
 * MentionComparer}). An instance may be shared between threads.
 */
public final class NumberChecker {
    private final NumberReader source;
    private final NumberReader target;
    private final MentionComparer comparer = new MentionComparer();

    private NumberChecker(NumberReader source, NumberReader target) {
        this.source = requireNonNull(source, "source");
        this.target = requireNonNull(target, "target");
    }

    /**
     * A checker of {@code targetLang} translations of {@code sourceLang}, if both languages have a
     * lexicon.
     */
    public static Optional<NumberChecker> of(String sourceLang, String targetLang) {
        return NumberReader.of(sourceLang)
                .flatMap(s -> NumberReader.of(targetLang).map(t -> new NumberChecker(s, t)));
    }

    /**
     * The findings on {@code target}: wrong numbers and dates, then those missing, then those
     * added.
     */
    public List<NumberFinding> check(String sourceText, String targetText) {
        return comparer.compare(source.read(sourceText), target.read(targetText));
    }
}
