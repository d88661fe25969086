package dev.attache.xliff;

import java.io.IOException;
import java.io.Writer;

/**
 * The markup of an XLIFF 1.2 file as {@link Xliff12Writer} writes it, escaped as Okapi's writer
 * escaped each kind of text, so that the bytes stay those of the files written before. Everywhere
 * {@code <} and {@code &} are escaped, and {@code >} after {@code ]} (the end of a CDATA section
 * would be). Beyond that:
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

    Xliff12Markup(Writer writer) {
        this.writer = writer;
    }

    /** Markup of our own, as it is. */
    Xliff12Markup raw(String markup) throws IOException {
        for (int at = 0; at < markup.length(); ) {
            if (length == buffer.length) {
                flush();
            }
            int end = Math.min(markup.length(), at + buffer.length - length);
            markup.getChars(at, end, buffer, length);
            length += end - at;
            at = end;
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
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (c == '\r') {
                lineBreak(markup, i);
            } else {
                put(c);
            }
        }
        return this;
    }

    /** {@code name="value"}. */
    Xliff12Markup attribute(String name, String value) throws IOException {
        put(' ');
        raw(name).raw("=\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                raw("&quot;");
            } else {
                common(value, i);
            }
        }
        put('"');
        return this;
    }

    /** The text of a segment, a separator or a match. */
    Xliff12Markup text(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\r') {
                raw("&#13;");
            } else {
                common(text, i);
            }
        }
        return this;
    }

    /** The text of a note. */
    Xliff12Markup note(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\r') {
                lineBreak(text, i);
            } else {
                common(text, i);
            }
        }
        return this;
    }

    /**
     * The speaker label in a placeholder: as its {@code equiv-text} attribute ({@code '} and {@code
     * "} escaped too), or as its content.
     */
    Xliff12Markup codeLines(String label, boolean asAttribute) throws IOException {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '\r') {
                lineBreak(label, i);
            } else if (asAttribute && c == '"') {
                raw("&quot;");
            } else if (asAttribute && c == '\'') {
                raw("&apos;");
            } else {
                common(label, i);
            }
        }
        return this;
    }

    /** A context's type or value, or the name of its group. */
    Xliff12Markup context(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '>' -> raw("&gt;");
                case '\r' -> raw("&#13;");
                case '\u00A0' -> raw("&#x00a0;");
                default -> common(text, i);
            }
        }
        return this;
    }

    private void common(String text, int i) throws IOException {
        char c = text.charAt(i);
        switch (c) {
            case '<' -> raw("&lt;");
            case '&' -> raw("&amp;");
            case '>' -> raw(i > 0 && text.charAt(i - 1) == ']' ? "&gt;" : ">");
            default -> put(c);
        }
    }

    private void put(char c) throws IOException {
        if (length == buffer.length) {
            flush();
        }
        buffer[length++] = c;
    }

    /** A carriage return at {@code i}: nothing before a line feed, a line feed alone. */
    private void lineBreak(String text, int i) throws IOException {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            put('\n');
        }
    }
}
