package dev.attache.xliff;

import static java.util.Objects.requireNonNull;

import dev.attache.model.TermRenderings;
import dev.attache.model.TranslationDocument;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a document as XLIFF in the chosen flavour: version 1.2 or 2.1, with or without sources
 * copied. XLIFF 2.1 also carries the expected rendering of each term (the glossary module); 1.2 has
 * them in the glossary note.
 */
public final class XliffWriter {
    private final TermRenderings renderings;

    public XliffWriter(TermRenderings renderings) {
        this.renderings = requireNonNull(renderings, "renderings");
    }

    /** Writes {@code document} to {@code out} (UTF-8); {@code out} is left open. */
    public void write(TranslationDocument document, XliffFlavour flavour, OutputStream out)
            throws IOException {
        TranslationDocument written = flavour.copySource() ? document.withSourceCopied() : document;
        switch (flavour.version()) {
            case V1_2 -> new Xliff12Writer().write(written, out);
            case V2_1 -> new Xliff21Writer(renderings).write(written, out);
        }
    }
}
