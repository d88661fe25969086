package dev.attache.xliff;

import static java.util.Objects.requireNonNull;

/** A note on a unit; {@code from} says who wrote it ({@code attache}, {@code translator}, {@code qa}). */
public record Note(String from, String text) {
    public Note {
        requireNonNull(from, "from");
        requireNonNull(text, "text");
        if (from.isBlank()) {
            throw new IllegalArgumentException("a note needs an author");
        }
    }
}
