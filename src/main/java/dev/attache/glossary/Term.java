package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A term of one language in a concept; {@code partOfSpeech}, {@code note} and {@code use} may be
 * empty, never null. {@code use} is the term section's TBX-Basic {@code <admin
 * type="projectSubset">}: {@value #SPEAKER_LABEL_SUBSET} marks the form a transcript uses to label
 * a speaker turn ({@code С.В.Лавров}, {@code Вопрос}); {@value #GENERIC_SENSE_SUBSET} marks a
 * common noun used generically ("presidents", "governments" → "президенты", "правительства"), a
 * concept of its own beside the institution it is written like ("President", "Government"): where
 * the two meet, case tells them apart (see {@link TermMatcher}).
 */
public record Term(String text, TermStatus status, String partOfSpeech, String note, String use) {
    /** The TBX-Basic {@code projectSubset} value that marks a speaker label. */
    public static final String SPEAKER_LABEL_SUBSET = "speaker-label";

    /** The TBX-Basic {@code projectSubset} value that marks a generic common noun. */
    public static final String GENERIC_SENSE_SUBSET = "generic-sense";

    /** The uses a term may have. */
    public static final Set<String> USES = Set.of("", SPEAKER_LABEL_SUBSET, GENERIC_SENSE_SUBSET);

    public Term {
        requireNonNull(text, "text");
        requireNonNull(status, "status");
        requireNonNull(partOfSpeech, "partOfSpeech");
        requireNonNull(note, "note");
        requireNonNull(use, "use");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a term needs text");
        }
        if (!USES.contains(use)) {
            throw new IllegalArgumentException(
                    "unknown use '" + use + "' of term '" + text + "' (" + USES + ")");
        }
    }

    public Term(
            String text,
            TermStatus status,
            String partOfSpeech,
            String note,
            boolean speakerLabel) {
        this(text, status, partOfSpeech, note, speakerLabel ? SPEAKER_LABEL_SUBSET : "");
    }

    public Term(String text, TermStatus status, String partOfSpeech, String note) {
        this(text, status, partOfSpeech, note, "");
    }

    public Term(String text, TermStatus status) {
        this(text, status, "", "");
    }

    /** Whether this is the form that labels a speaker turn. */
    public boolean speakerLabel() {
        return use.equals(SPEAKER_LABEL_SUBSET);
    }

    /** Whether this is a common noun in its generic sense. */
    public boolean genericSense() {
        return use.equals(GENERIC_SENSE_SUBSET);
    }

    /** Whether the term is a noun (TBX-Basic partOfSpeech {@code noun} or {@code properNoun}). */
    public boolean noun() {
        return partOfSpeech.equalsIgnoreCase("noun") || partOfSpeech.equalsIgnoreCase("properNoun");
    }

    /** Whether the term is a verb (TBX-Basic partOfSpeech {@code verb}). */
    public boolean verb() {
        return partOfSpeech.equalsIgnoreCase("verb");
    }
}
