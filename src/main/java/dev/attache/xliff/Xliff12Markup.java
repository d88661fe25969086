package dev.attache.xliff;

import java.io.IOException;
import java.io.Writer;

/**
 * The markup of an XLIFF 1.2 file as {@link Xliff12Writer} writes it, escaped as Okapi's writer
 * escaped each kind of text, so that the bytes stay those of the files written before. In every
 * kind of text (not in markup of our own) {@code <} and {@code &} are escaped, and {@code >} after
 * {@code ]} (the end of a CDATA section would be), also where the {@code ]} ends the text written
 * just before (a unit's source is written a segment and a separator at a time; Okapi's writer
 * escaped it whole). Beyond that:
 *
 * <ul>
 *   <li>segment text ({@link #text}): a carriage return is {@code &#13;}, so that it survives;
 *   <li>attribute values ({@link #attribute}): {@code "} is {@code &quot;}, nothing else changes;
 *   <li>notes ({@link #note}) and the speaker label ({@link #codeLines}): a carriage return, alone
 *       or before a line feed, becomes a line feed, as Okapi's writer made every line break of what
 *       it wrote as markup;
 *   <li>contexts ({@link #context}): {@code >} always, a carriage return and a no-break space as
 *       character references, quotation marks as they are.
 * </ul>
 */
final class Xliff12Markup {
    private final Writer writer;
    // the markup is gathered here and handed to the writer a buffer at a time: a writer takes a
    // lock on every call, and most calls here are one character
    private final char[] buffer = new char[1 << 16];
    private int length;
    // the last character written, which a text written next continues
    private char last;

    Xliff12Markup(Writer writer) {
        this.writer = writer;
    }

    /** Markup of our own, as it is. */
    Xliff12Markup raw(String markup) throws IOException {
        return raw(markup, 0, markup.length());
    }

    private Xliff12Markup raw(String markup, int from, int to) throws IOException {
        for (int at = from; at < to; ) {
            if (length == buffer.length) {
                flush();
            }
            int end = Math.min(to, at + buffer.length - length);
            markup.getChars(at, end, buffer, length);
            length += end - at;
            at = end;
        }
        if (to > from) {
            last = markup.charAt(to - 1);
        }
        return this;
    }

    /** Hands the markup gathered to the writer. */
    void flush() throws IOException {
        writer.write(buffer, 0, length);
        length = 0;
    }

    /** Markup of our own whose line breaks are made line feeds. */
    Xliff12Markup lines(String markup) throws IOException {
        return escaped(markup, Kind.LINES);
    }

    /** {@code name="value"}. */
    Xliff12Markup attribute(String name, String value) throws IOException {
        put(' ');
        raw(name).raw("=\"");
        escaped(value, Kind.ATTRIBUTE);
        put('"');
        return this;
    }

    /** The text of a segment, a separator or a match. */
    Xliff12Markup text(String text) throws IOException {
        return escaped(text, Kind.TEXT);
    }

    /** The text of a note. */
    Xliff12Markup note(String text) throws IOException {
        return escaped(text, Kind.NOTE);
    }

    /**
     * The speaker label in a placeholder: as its {@code equiv-text} attribute ({@code '} and {@code
     * "} escaped too), or as its content.
     */
    Xliff12Markup codeLines(String label, boolean asAttribute) throws IOException {
        return escaped(label, asAttribute ? Kind.CODE_ATTRIBUTE : Kind.NOTE);
    }

    /** A context's type or value, or the name of its group. */
    Xliff12Markup context(String text) throws IOException {
        return escaped(text, Kind.CONTEXT);
    }

    /** The kinds of text, each escaped its own way (see the class comment). */
    private enum Kind {
        LINES,
        ATTRIBUTE,
        TEXT,
        NOTE,
        CODE_ATTRIBUTE,
        CONTEXT
    }

    /**
     * {@code text} escaped as its kind is: the runs of characters that stay as they are copied
     * whole, the others replaced.
     */
    private Xliff12Markup escaped(String text, Kind kind) throws IOException {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            String replacement = replacement(text, i, i > 0 ? text.charAt(i - 1) : last, kind);
            if (replacement != null) {
                raw(text, run, i);
                raw(replacement);
                run = i + 1;
            }
        }
        raw(text, run, text.length());
        return this;
    }

    /**
     * What the character at {@code i} is written as, after {@code before}; null when it is written
     * as it is.
     */
    private static String replacement(String text, int i, char before, Kind kind) {
        char c = text.charAt(i);
        if (c > '>') {
            return c == '\u00A0' && kind == Kind.CONTEXT ? "&#x00a0;" : null;
        }
        return switch (c) {
            case '<' -> kind == Kind.LINES ? null : "&lt;";
            case '&' -> kind == Kind.LINES ? null : "&amp;";
            case '>' ->
                    kind == Kind.LINES
                            ? null
                            : kind == Kind.CONTEXT || before == ']' ? "&gt;" : null;
            case '"' -> kind == Kind.ATTRIBUTE || kind == Kind.CODE_ATTRIBUTE ? "&quot;" : null;
            case '\'' -> kind == Kind.CODE_ATTRIBUTE ? "&apos;" : null;
            case '\r' ->
                    switch (kind) {
                        case TEXT, CONTEXT -> "&#13;";
                        case ATTRIBUTE -> null;
                        // a line break of markup: nothing before a line feed, a line feed alone
                        default -> i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "" : "\n";
                    };
            default -> null;
        };
    }

    private void put(char c) throws IOException {
        if (length == buffer.length) {
            flush();
        }
        buffer[length++] = c;
        last = c;
    }
}
