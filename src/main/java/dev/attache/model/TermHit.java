package dev.attache.model;

import static java.util.Objects.requireNonNull;

/**
 * A glossary term found in a text: the concept, its character offsets [start, end) and the text
 * matched.
 */
public record TermHit(String conceptId, int start, int end, String matchedText) {
    public TermHit {
        requireNonNull(conceptId, "conceptId");
        requireNonNull(matchedText, "matchedText");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad term hit range [" + start + ", " + end + ")");
        }
        if (matchedText.length() != end - start) {
            throw new IllegalArgumentException(
                    "matched text '"
                            + matchedText
                            + "' does not span ["
                            + start
                            + ", "
                            + end
                            + ")");
        }
    }
}
