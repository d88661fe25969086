package dev.attache.transcript;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One paragraph of a transcript. {@code index} is 1-based and counts every paragraph of the file,
 * boilerplate included; {@code text} has no line break and no leading or trailing whitespace
 * (non-breaking spaces are kept). {@code speaker} is the label of a speaker turn ({@code Sergey
 * Lavrov} in "Sergey Lavrov: Thank you."): the text then opens with the label, a colon and
 * whitespace, and {@link #spokenText()} is what follows.
 */
public record Paragraph(int index, ParagraphKind kind, String text, Optional<String> speaker) {
    public Paragraph {
        requireNonNull(kind, "kind");
        requireNonNull(text, "text");
        requireNonNull(speaker, "speaker");
        if (index < 1) {
            throw new IllegalArgumentException("paragraph index must be 1 or more, not " + index);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("paragraph " + index + " is blank");
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("paragraph " + index + " contains a line break");
        }
        if (speaker.isPresent() && !SpeakerLabels.opensWith(text, speaker.get())) {
            throw new IllegalArgumentException(
                    "paragraph "
                            + index
                            + " does not open with the speaker label '"
                            + speaker.get()
                            + ":'");
        }
    }

    /** A paragraph that is not a speaker turn. */
    public Paragraph(int index, ParagraphKind kind, String text) {
        this(index, kind, text, Optional.empty());
    }

    /**
     * The text after the speaker label, its colon and the whitespace after it; the whole text
     * without a speaker.
     */
    public String spokenText() {
        return speaker.map(label -> SpeakerLabels.afterLabel(text, label)).orElse(text);
    }

    /**
     * The number of the pair of inline tokens that holds the speaker label and its colon ({@code 1}
     * for "{1}Sergey Lavrov:{/1} We…", a bold label of an HTML page or Word document); 0 for a bare
     * label or no speaker.
     */
    public int speakerToken() {
        return speaker.isPresent() ? SpeakerLabels.token(text) : 0;
    }
}
