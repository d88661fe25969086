package dev.attache.deliver;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** The word count of one XLIFF file, named as the user gave it. */
public record FileWordCount(Path file, DocumentWordCount count) {
    public FileWordCount {
        requireNonNull(file, "file");
        requireNonNull(count, "count");
    }
}
