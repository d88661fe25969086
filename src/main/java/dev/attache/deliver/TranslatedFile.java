package dev.attache.deliver;

import static java.util.Objects.requireNonNull;

import dev.attache.model.TranslationDocument;
import java.nio.file.Path;

/** A translated document and the XLIFF file it was read from. */
public record TranslatedFile(Path file, TranslationDocument document) {
    public TranslatedFile {
        requireNonNull(file, "file");
        requireNonNull(document, "document");
    }
}
