package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.Severity;
import dev.attache.glossary.GlossaryFiles;
import dev.attache.glossary.GlossaryFinding;
import dev.attache.glossary.GlossaryValidator;
import dev.attache.glossary.LoadedGlossary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code glossary validate} flow: read a glossary file, then check its content. */
public final class GlossaryValidation {

    /**
     * What validation found: the file, how many concepts it has, and every finding (structure
     * first).
     */
    public record Report(String origin, int concepts, List<GlossaryFinding> findings) {
        public Report {
            requireNonNull(origin, "origin");
            findings = List.copyOf(findings);
        }

        public boolean clean() {
            return findings.isEmpty();
        }

        /** One line per finding: {@code error: FILE:PLACE: sentence}. */
        public List<String> findingLines() {
            return findings.stream().map(f -> f.line(origin)).toList();
        }

        /** {@code checked FILE: 191 concepts, 0 errors, 0 warnings}. */
        public String summary() {
            long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
            return "checked "
                    + origin
                    + ": "
                    + concepts
                    + " concepts, "
                    + errors
                    + " errors, "
                    + (findings.size() - errors)
                    + " warnings";
        }
    }

    public Report validate(Path file) {
        LoadedGlossary loaded = new GlossaryFiles().load(file);
        var findings = new ArrayList<>(loaded.problems());
        findings.addAll(new GlossaryValidator().validate(loaded.glossary()));
        return new Report(loaded.origin(), loaded.glossary().concepts().size(), findings);
    }
}
