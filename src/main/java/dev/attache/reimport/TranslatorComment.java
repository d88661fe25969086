package dev.attache.reimport;

import static java.util.Objects.requireNonNull;

import dev.attache.model.Note;
import dev.attache.model.SegmentId;
import java.util.Optional;

/**
 * A translator's Comment cell for one segment. It becomes a note on the segment's unit, from {@code
 * translator}, its text prefixed with the segment id ({@code p3.s2: …}) since notes belong to
 * units.
 */
public record TranslatorComment(SegmentId segment, String text) {
    public static final String AUTHOR = "translator";

    public TranslatorComment {
        requireNonNull(segment, "segment");
        requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("an empty comment is no comment");
        }
        text = text.strip();
    }

    /** The comment in a Comment cell, if it holds any text. */
    public static Optional<TranslatorComment> of(SegmentId segment, String cell) {
        return cell.isBlank()
                ? Optional.empty()
                : Optional.of(new TranslatorComment(segment, cell));
    }

    public Note note() {
        return new Note(AUTHOR, segment + ": " + text);
    }
}
