package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

/**
 * A term of one language in a concept; {@code partOfSpeech} and {@code note} may be empty, never null.
 * {@code speakerLabel} marks the form a transcript uses to label a speaker turn ({@code С.В.Лавров},
 * {@code Вопрос}); in TBX it is the term section's {@code <admin type="projectSubset">speaker-label</admin>}.
 */
public record Term(String text, TermStatus status, String partOfSpeech, String note, boolean speakerLabel) {
    /** The TBX-Basic {@code projectSubset} value that marks a speaker label. */
    public static final String SPEAKER_LABEL_SUBSET = "speaker-label";

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

    public Term(String text, TermStatus status, String partOfSpeech, String note) {
        this(text, status, partOfSpeech, note, false);
    }

    public Term(String text, TermStatus status) {
        this(text, status, "", "");
    }
}
