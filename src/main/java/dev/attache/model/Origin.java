package dev.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a translation document knows of the file it was made from, beyond its name: its format, its
 * SHA-256 at {@code prepare} (so that {@code merge} can tell an original that changed since), and
 * for an HTML page the CSS selector of its translated content when one was chosen ({@code
 * --content}).
 */
public record Origin(
        SourceFormat format, Optional<String> sha256, Optional<String> contentSelector) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Origin {
        requireNonNull(format, "format");
        requireNonNull(sha256, "sha256");
        requireNonNull(contentSelector, "contentSelector");
        if (sha256.isPresent() && !SHA256.matcher(sha256.get()).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: '" + sha256.get() + "'");
        }
        if (contentSelector.isPresent()
                && (contentSelector.get().isBlank() || format != SourceFormat.HTML)) {
            throw new IllegalArgumentException(
                    "a content selector is for HTML pages only, and not blank");
        }
    }

    /**
     * A text transcript of which nothing more is recorded (as every document was before HTML and
     * DOCX).
     */
    public static Origin text() {
        return new Origin(SourceFormat.TEXT, Optional.empty(), Optional.empty());
    }
}
