package dev.attache.transcript;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a text transcript lays out its paragraphs: the line ending it uses (the first one in the
 * file; LF in a file of one line) and whether a blank line stands between paragraphs. A translation
 * is written the same way. {@code wrappedLinesJoined} counts the lines of a file without blank
 * lines that were found hard-wrapped and joined to the next line of their paragraph (a paste from a
 * print view); the translation has each paragraph on one line.
 */
public record TextLayout(
        String lineEnding, boolean blankLineBetweenParagraphs, int wrappedLinesJoined) {
    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

    public TextLayout {
        requireNonNull(lineEnding, "lineEnding");
        if (!LINE_END.matcher(lineEnding).matches()) {
            throw new IllegalArgumentException(
                    "not a line ending: " + lineEnding.codePoints().boxed().toList());
        }
        if (wrappedLinesJoined < 0) {
            throw new IllegalArgumentException(
                    "a negative count of joined lines: " + wrappedLinesJoined);
        }
    }

    /**
     * The layout of decoded text whose paragraphs were split in blocks ({@code blocks}) or by
     * lines.
     */
    static TextLayout of(String text, boolean blocks, int wrappedLinesJoined) {
        Matcher first = LINE_END.matcher(text);
        return new TextLayout(first.find() ? first.group() : "\n", blocks, wrappedLinesJoined);
    }

    /**
     * What stands between two paragraphs: one line ending, or two where blank lines separate them.
     */
    public String paragraphSeparator() {
        return blankLineBetweenParagraphs ? lineEnding + lineEnding : lineEnding;
    }
}
