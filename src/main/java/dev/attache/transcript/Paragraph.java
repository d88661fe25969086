package dev.attache.transcript;

import static java.util.Objects.requireNonNull;

/**
 * One paragraph of a transcript. {@code index} is 1-based and counts every paragraph of the file, boilerplate
 * included; {@code text} has no line break and no leading or trailing whitespace (non-breaking spaces are kept).
 */
public record Paragraph(int index, ParagraphKind kind, String text) {
    public Paragraph {
        requireNonNull(kind, "kind");
        requireNonNull(text, "text");
        if (index < 1) {
            throw new IllegalArgumentException("paragraph index must be 1 or more, not " + index);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("paragraph " + index + " is blank");
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("paragraph " + index + " contains a line break");
        }
    }
}
