package dev.attache.worksheet;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the worksheet records about where it came from: the XLIFF file's name and SHA-256, the
 * glossary's SHA-256 ({@code ""} without a glossary), and the password that protects its sheets
 * (none by default: the protection then only guards against slips, anyone may lift it). The XLIFF
 * file's SHA-256 is asked for only when the manifest, the last sheet, is made: {@code prepare}
 * writes the file meanwhile.
 */
public record WorksheetOptions(
        String xliffFileName,
        Supplier<String> xliffSha256,
        String glossarySha256,
        Optional<String> password) {
    public WorksheetOptions {
        requireNonNull(xliffFileName, "xliffFileName");
        requireNonNull(xliffSha256, "xliffSha256");
        requireNonNull(glossarySha256, "glossarySha256");
        requireNonNull(password, "password");
        if (xliffFileName.isBlank()) {
            throw new IllegalArgumentException("the worksheet needs the XLIFF file's name");
        }
        if (password.isPresent() && password.get().isEmpty()) {
            throw new IllegalArgumentException("an empty password; leave it out instead");
        }
    }

    public WorksheetOptions(
            String xliffFileName,
            String xliffSha256,
            String glossarySha256,
            Optional<String> password) {
        this(xliffFileName, () -> xliffSha256, glossarySha256, password);
        requireNonNull(xliffSha256, "xliffSha256");
    }

    public WorksheetOptions(String xliffFileName, String xliffSha256, String glossarySha256) {
        this(xliffFileName, xliffSha256, glossarySha256, Optional.empty());
    }

    public WorksheetOptions withPassword(String newPassword) {
        return new WorksheetOptions(
                xliffFileName, xliffSha256, glossarySha256, Optional.of(newPassword));
    }
}
