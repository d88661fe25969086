package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.model.SourceFormat;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to read a transcript file: in the format its name says ({@code .html}/{@code .htm}, {@code
 * .docx}, text otherwise) or the one named ({@code --format}), and for an HTML page, the element
 * whose text is translated ({@code --content SELECTOR}; by default the {@code <article>}, else the
 * {@code <main>}, else the whole body).
 */
public record DocumentChoice(Optional<SourceFormat> format, Optional<String> contentSelector) {
    public DocumentChoice {
        requireNonNull(format, "format");
        requireNonNull(contentSelector, "contentSelector");
        if (contentSelector.isPresent() && contentSelector.get().isBlank()) {
            throw new IllegalArgumentException("the content selector is blank");
        }
    }

    /** The format by the file name, the default content. */
    public static DocumentChoice byFileName() {
        return new DocumentChoice(Optional.empty(), Optional.empty());
    }

    SourceFormat formatOf(Path file) {
        return format.orElseGet(() -> SourceFormat.ofFile(file));
    }
}
