package dev.attache.workbench;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.qa.QaCheck;
import dev.attache.qa.Severity;
import dev.attache.xliff.TranslationDocument;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code qa} flow: the chosen checks (terms, numbers, mechanical, quotes, script) of every translated segment of
 * an XLIFF file.
 */
public final class QaFlow {
    /**
     * The findings, the checks run, the glossary used (none when terms were not checked), and how many segments
     * were checked.
     */
    public record Result(Optional<LoadedGlossary> glossary, Set<QaCheck> checks, int checkedSegments,
                         List<SegmentFinding> findings) {
        public Result {
            requireNonNull(glossary, "glossary");
            checks = Set.copyOf(checks);
            findings = List.copyOf(findings);
        }

        /** True when a finding is an error (a missing or deprecated term, a wrong number); warnings do not count. */
        public boolean hasErrors() {
            return findings.stream().anyMatch(f -> f.finding().severity() == Severity.ERROR);
        }
    }

    /**
     * Runs {@code checks} on {@code xliff}: terms need the glossary {@code choice} loads; numbers need a numbers
     * lexicon of both languages, quotes and script a ru or az target; each is refused without only when no check
     * asked for can run.
     */
    public Result run(Path xliff, GlossaryChoice choice, Set<QaCheck> checks) {
        Optional<LoadedGlossary> glossary = Optional.empty();
        TranslationDocument document = XliffFiles.read(xliff);
        if (checks.contains(QaCheck.TERMS)) {
            glossary = Optional.of(choice.load()
                    .orElseThrow(() -> new BadInputException(xliff, "term QA needs a glossary")));
            document = new TermAnnotator(glossary.get().glossary(), document.sourceLang().getLanguage())
                    .annotate(document);
        }
        SegmentQa qa = new SegmentQa(glossary.map(LoadedGlossary::glossary), checks, document);
        Set<QaCheck> run = EnumSet.noneOf(QaCheck.class);
        glossary.ifPresent(g -> run.add(QaCheck.TERMS));
        run.addAll(qa.running());
        if (run.isEmpty()) {
            throw new BadInputException(xliff, "the numbers check reads en, ru and az, the quotes and script checks "
                    + "ru and az targets, not "
                    + document.sourceLang().getLanguage() + " to " + document.targetLang().getLanguage());
        }
        List<SegmentFinding> findings = qa.check(document, s -> true);
        int checked = (int) document.translatableSegments().filter(SegmentQa::isChecked).count();
        return new Result(glossary, run, checked, findings);
    }
}
