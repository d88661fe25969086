package dev.attache.deliver;

import dev.attache.model.SourceFormat;
import dev.attache.model.TranslationDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a translated document back into the format of the transcript it was made from. The
 * document comes with every translatable segment's target filled (see {@link DeliveredDocument});
 * the original is the source file, from which a merger takes what the XLIFF does not hold (a text
 * file's line endings; an HTML or DOCX skeleton).
 */
public interface TranscriptMerger {

    /** Writes the translated transcript to {@code out} (left open). */
    void merge(TranslationDocument document, Path original, OutputStream out) throws IOException;

    /**
     * The merger for an original of this kind: HTML and DOCX (as the XLIFF says) through Okapi's
     * filter writers, a text transcript by its file name; empty for a format Attaché cannot write
     * back.
     */
    static Optional<TranscriptMerger> forOriginal(Path original, SourceFormat format) {
        if (format.hasInlineCodes()) {
            return Optional.of(new OkapiDocumentMerger());
        }
        String name = original.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") ? Optional.of(new TextTranscriptMerger()) : Optional.empty();
    }
}
