package dev.attache.report;

import static java.util.Objects.requireNonNull;

import dev.attache.deliver.DocumentWordCount;
import dev.attache.qa.ConceptCoverage;
import java.util.List;

/**
 * What the report shows of one XLIFF file (one document in one target language): its GMX-V word
 * count per state, the segments QA (terms, numbers, mechanical, quotes, script) flagged, in
 * document order, and the glossary coverage (empty without a glossary).
 *
 * @param file the file as the user named it
 * @param original the document the file translates (its {@code original})
 */
public record DocumentReport(
        String file,
        String original,
        DocumentWordCount words,
        List<FlaggedSegment> flagged,
        List<ConceptCoverage> coverage) {
    public DocumentReport {
        requireNonNull(file, "file");
        requireNonNull(original, "original");
        requireNonNull(words, "words");
        flagged = List.copyOf(flagged);
        coverage = List.copyOf(coverage);
    }

    public int findingCount() {
        return flagged.stream().mapToInt(f -> f.findings().size()).sum();
    }
}
