package dev.attache.model;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The kind of file a translation document was made from, as XLIFF 1.2 names it in {@code datatype}:
 * a plain-text transcript, an HTML page or a Word document. Only HTML and DOCX paragraphs carry
 * inline codes ({@link InlineTokens}); in a text transcript {@code {1}} is just text.
 */
public enum SourceFormat {
    TEXT("x-text"),
    HTML("html"),
    DOCX("x-docx");

    private final String datatype;

    SourceFormat(String datatype) {
        this.datatype = datatype;
    }

    public String datatype() {
        return datatype;
    }

    public boolean hasInlineCodes() {
        return this != TEXT;
    }

    /**
     * The format a file name says: {@code .html}/{@code .htm}, {@code .docx}, anything else text.
     */
    public static SourceFormat ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        return name.endsWith(".docx") ? DOCX : TEXT;
    }

    /** The format an XLIFF {@code datatype} names; text for any other. */
    static SourceFormat ofDatatype(String datatype) {
        for (SourceFormat format : values()) {
            if (format.datatype.equals(datatype)) {
                return format;
            }
        }
        return TEXT;
    }
}
