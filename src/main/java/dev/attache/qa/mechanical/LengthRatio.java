package dev.attache.qa.mechanical;

import static java.util.Objects.requireNonNull;

import dev.attache.DataFile;
import java.util.Optional;

/**
 * How short a translation may be before part of its source is suspected left out, for one language
 * pair: the lowest ratio of the target's letters and digits to the source's, on sources of at least
 * {@code shortestSource} of them (a short one varies too much). The figures are the lines of {@code
 * dev/attache/qa/length-ratios.tsv}, calibrated on the real translations (the file says how).
 */
record LengthRatio(String sourceLang, String targetLang, double lowest, int shortestSource) {
    private static final String RESOURCE = "/dev/attache/qa/length-ratios.tsv";

    LengthRatio {
        requireNonNull(sourceLang, "sourceLang");
        requireNonNull(targetLang, "targetLang");
        if (!(lowest > 0 && lowest < 1) || shortestSource < 1) {
            throw new IllegalArgumentException(
                    "no length ratio: lowest " + lowest + ", shortest " + shortestSource);
        }
    }

    /** The ratio of {@code sourceLang} → {@code targetLang} translations, if the file has one. */
    static Optional<LengthRatio> of(String sourceLang, String targetLang) {
        for (DataFile.Row row : DataFile.read(LengthRatio.class, RESOURCE).rows()) {
            String[] fields = row.text().split("\t");
            if (fields[0].equals(sourceLang) && fields[1].equals(targetLang)) {
                return Optional.of(
                        new LengthRatio(
                                fields[0],
                                fields[1],
                                Double.parseDouble(fields[2]),
                                Integer.parseInt(fields[3])));
            }
        }
        return Optional.empty();
    }

    /**
     * The letters and digits of {@code text}: what the ratio counts, so that spacing and
     * punctuation do not.
     */
    static int measure(String text) {
        return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /**
     * A warning when {@code target} is too short for {@code source}; none on a short source or an
     * empty target.
     */
    Optional<MechanicalFinding> check(String source, String target) {
        int sourceLength = measure(source);
        int targetLength = measure(target);
        if (sourceLength < shortestSource
                || targetLength == 0
                || targetLength >= lowest * sourceLength) {
            return Optional.empty();
        }
        return Optional.of(
                new MechanicalFinding(
                        MechanicalKind.LENGTH,
                        0,
                        target.length(),
                        "the target should have at least %d letters and digits for the source's %d (%s→%s translations have"
                                        .formatted(
                                                (int) Math.ceil(lowest * sourceLength),
                                                sourceLength,
                                                sourceLang,
                                                targetLang)
                                + " %.2f of the source's or more); it has %d (%.2f): is part of the source left out?"
                                        .formatted(
                                                lowest,
                                                targetLength,
                                                (double) targetLength / sourceLength)));
    }
}
