package dev.attache.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The whole {@code report}: the glossary applied (where it came from; empty when none) and each
 * file's part.
 */
public record ProgressReport(Optional<String> glossary, List<DocumentReport> documents) {
    public ProgressReport {
        requireNonNull(glossary, "glossary");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one document");
        }
    }
}
