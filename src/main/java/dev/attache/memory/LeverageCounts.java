package dev.attache.memory;

import static java.util.Objects.requireNonNull;

import dev.attache.model.SegmentPair;
import dev.attache.model.TargetOrigin;
import dev.attache.model.TranslationDocument;
import java.nio.file.Path;

/**
 * What a memory gave a document's translatable segments: targets filled by an exact match, segments
 * offered fuzzy matches, and the rest ({@code fresh}: no match of 75 or more, or a translation of
 * their own).
 */
public record LeverageCounts(Path memory, int exact, int fuzzy, int fresh) {
    public LeverageCounts {
        requireNonNull(memory, "memory");
        if (exact < 0 || fuzzy < 0 || fresh < 0) {
            throw new IllegalArgumentException(
                    "counts are not negative: " + exact + ", " + fuzzy + ", " + fresh);
        }
    }

    public static LeverageCounts of(Path memory, TranslationDocument document) {
        int exact = 0;
        int fuzzy = 0;
        int fresh = 0;
        for (SegmentPair segment : document.translatableSegments().toList()) {
            if (segment.origin() == TargetOrigin.EXACT_MATCH) {
                exact++;
            } else if (!segment.matches().isEmpty()) {
                fuzzy++;
            } else {
                fresh++;
            }
        }
        return new LeverageCounts(memory, exact, fuzzy, fresh);
    }
}
