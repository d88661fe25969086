package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

/** A term of one language in a concept; {@code partOfSpeech} and {@code note} may be empty, never null. */
public record Term(String text, TermStatus status, String partOfSpeech, String note) {
    public Term {
        requireNonNull(text, "text");
        requireNonNull(status, "status");
        requireNonNull(partOfSpeech, "partOfSpeech");
        requireNonNull(note, "note");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a term needs text");
        }
    }

    public Term(String text, TermStatus status) {
        this(text, status, "", "");
    }
}
