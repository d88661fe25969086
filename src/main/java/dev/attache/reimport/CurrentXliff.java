package dev.attache.reimport;

import static java.util.Objects.requireNonNull;

import dev.attache.model.TranslationDocument;
import java.nio.file.Path;

/**
 * The XLIFF file a worksheet is imported into, as it is now: its path, its SHA-256 (hex) and its
 * document.
 */
public record CurrentXliff(Path file, String sha256, TranslationDocument document) {
    public CurrentXliff {
        requireNonNull(file, "file");
        requireNonNull(sha256, "sha256");
        requireNonNull(document, "document");
        if (file.getFileName() == null) {
            throw new IllegalArgumentException("not a file: " + file);
        }
    }

    /** The file's name without its directory, as a worksheet's manifest records it. */
    public String fileName() {
        return file.getFileName().toString();
    }
}
