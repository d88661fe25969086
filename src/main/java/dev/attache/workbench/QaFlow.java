package dev.attache.workbench;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.qa.Severity;
import dev.attache.xliff.TranslationDocument;
import java.nio.file.Path;
import java.util.List;

/** The {@code qa} flow: term QA of every translated segment of an XLIFF file against a glossary. */
public final class QaFlow {
    /** The findings, the glossary used, and how many segments were checked. */
    public record Result(LoadedGlossary glossary, int checkedSegments, List<SegmentFinding> findings) {
        public Result {
            requireNonNull(glossary, "glossary");
            findings = List.copyOf(findings);
        }

        /** True when a finding is an error (a missing or deprecated term); warnings alone do not count. */
        public boolean hasErrors() {
            return findings.stream().anyMatch(f -> f.finding().severity() == Severity.ERROR);
        }
    }

    public Result run(Path xliff, GlossaryChoice choice) {
        LoadedGlossary glossary = choice.load()
                .orElseThrow(() -> new BadInputException(xliff, "term QA needs a glossary"));
        TranslationDocument read = XliffFiles.read(xliff);
        TranslationDocument document = new TermAnnotator(glossary.glossary(), read.sourceLang().getLanguage())
                .annotate(read);
        List<SegmentFinding> findings = new TermQa(glossary.glossary(), document).check(document, s -> true);
        int checked = (int) document.translatableSegments().filter(s -> s.isTranslated()).count();
        return new Result(glossary, checked, findings);
    }
}
