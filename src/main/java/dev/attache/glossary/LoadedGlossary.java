package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A glossary as loaded for use: where it came from (a path, or the copy inside the jar), the
 * SHA-256 of its bytes in lower-case hex (the worksheet manifest records it) and the structure
 * problems its reader stepped over.
 */
public record LoadedGlossary(
        Glossary glossary, String origin, String sha256, List<GlossaryFinding> problems) {
    public LoadedGlossary {
        requireNonNull(glossary, "glossary");
        requireNonNull(origin, "origin");
        requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        problems = List.copyOf(problems);
    }
}
