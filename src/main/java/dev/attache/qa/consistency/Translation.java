package dev.attache.qa.consistency;

import static java.util.Objects.requireNonNull;

import dev.attache.model.SegmentId;
import java.nio.file.Path;

/**
 * A translated segment as the consistency check compares it: the file and segment it is in, its
 * language pair ({@code en-ru}), its source and its target.
 */
public record Translation(
        Path file, SegmentId segment, String languages, String source, String target) {
    public Translation {
        requireNonNull(file, "file");
        requireNonNull(segment, "segment");
        requireNonNull(languages, "languages");
        requireNonNull(source, "source");
        requireNonNull(target, "target");
    }
}
