package dev.attache.xliff;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a document as XLIFF in the chosen flavour: version 1.2 or 2.1, with or without sources copied. */
public final class XliffWriter {

    /** Writes {@code document} to {@code out} (UTF-8); {@code out} is left open. */
    public void write(TranslationDocument document, XliffFlavour flavour, OutputStream out) throws IOException {
        TranslationDocument written = flavour.copySource() ? document.withSourceCopied() : document;
        switch (flavour.version()) {
            case V1_2 -> new Xliff12Writer().write(written, out);
            case V2_1 -> throw new UnsupportedOperationException("XLIFF 2.1 is not written yet");
        }
    }
}
