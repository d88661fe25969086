package dev.attache.xliff;

import static java.util.Objects.requireNonNull;

import dev.attache.model.TranslationDocument;
import java.nio.file.Path;

/**
 * An XLIFF file read once: its document, the version it is written in, and the SHA-256 of its bytes
 * (hex).
 */
public record OpenedXliff(
        Path file, TranslationDocument document, XliffVersion version, String sha256) {
    public OpenedXliff {
        requireNonNull(file, "file");
        requireNonNull(document, "document");
        requireNonNull(version, "version");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
    }

    /**
     * The flavour the file is written in again when no other is asked for: its version, no copied
     * sources.
     */
    public XliffFlavour sameFlavour() {
        return XliffFlavour.standard(version);
    }
}
