package dev.attache.segment;

import java.util.List;

/**
 * A paragraph cut into sentences: {@code separators.get(i)} is the text (usually whitespace)
 * between segment {@code i} and segment {@code i + 1}, so that {@link #text()} gives back the
 * paragraph byte for byte.
 */
public record SegmentedText(List<String> segments, List<String> separators) {
    public SegmentedText {
        segments = List.copyOf(segments);
        separators = List.copyOf(separators);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a segmented text has at least one segment");
        }
        if (separators.size() != segments.size() - 1) {
            throw new IllegalArgumentException(
                    segments.size()
                            + " segments need "
                            + (segments.size() - 1)
                            + " separators, not "
                            + separators.size());
        }
    }

    /** The paragraph again: the segments joined by their separators. */
    public String text() {
        StringBuilder text = new StringBuilder(segments.get(0));
        for (int i = 0; i < separators.size(); i++) {
            text.append(separators.get(i)).append(segments.get(i + 1));
        }
        return text.toString();
    }
}
