package dev.attache.flow;

import dev.attache.glossary.TermAnnotator;
import dev.attache.qa.SegmentFinding;
import dev.attache.qa.SegmentQa;
import dev.attache.xliff.XliffFiles;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.qa.QaCheck;
import dev.attache.Severity;
import dev.attache.qa.consistency.ConsistencyChecker;
import dev.attache.qa.consistency.Translation;
import dev.attache.model.SegmentPair;
import dev.attache.model.TranslationDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code qa} flow: the chosen checks (terms, numbers, mechanical, quotes, script) of every translated segment of
 * one or more XLIFF files, each checked on its own, then the consistency check of all of them together.
 */
public final class QaFlow {
    /**
     * The findings of one file, the checks run on it, the glossary used (none when terms were not checked), and how
     * many segments were checked.
     */
    public record Result(Path file, Optional<LoadedGlossary> glossary, Set<QaCheck> checks, int checkedSegments,
                         List<SegmentFinding> findings) {
        public Result {
            requireNonNull(file, "file");
            requireNonNull(glossary, "glossary");
            checks = Set.copyOf(checks);
            findings = List.copyOf(findings);
        }

        /** True when a finding is an error (a missing or deprecated term, a wrong number); warnings do not count. */
        public boolean hasErrors() {
            return findings.stream().anyMatch(f -> f.finding().severity() == Severity.ERROR);
        }

        /** How many findings have {@code severity}. */
        public long count(Severity severity) {
            return findings.stream().filter(f -> f.finding().severity() == severity).count();
        }
    }

    /** The results of the files of one run, in the order given, and their totals. */
    public record Run(List<Result> files) {
        public Run {
            if (files.isEmpty()) {
                throw new IllegalArgumentException("a QA run checks at least one file");
            }
            files = List.copyOf(files);
        }

        /** The glossary used (the same for every file). */
        public Optional<LoadedGlossary> glossary() {
            return files.get(0).glossary();
        }

        /** The checks run on any of the files. */
        public Set<QaCheck> checks() {
            Set<QaCheck> checks = EnumSet.noneOf(QaCheck.class);
            files.forEach(f -> checks.addAll(f.checks()));
            return checks;
        }

        public int checkedSegments() {
            return files.stream().mapToInt(Result::checkedSegments).sum();
        }

        public int findingCount() {
            return files.stream().mapToInt(f -> f.findings().size()).sum();
        }

        public long count(Severity severity) {
            return files.stream().mapToLong(f -> f.count(severity)).sum();
        }

        public boolean hasErrors() {
            return files.stream().anyMatch(Result::hasErrors);
        }
    }

    /**
     * Runs {@code checks} on each of {@code xliffs}, in the order given: terms need the glossary {@code choice} loads;
     * numbers need a numbers lexicon of both languages, quotes and script a ru or az target; a file is refused only
     * when no check asked for can run on it. The consistency check compares the translated segments of all the files
     * of a language pair; a group is reported in the file of its first segment, after that file's other findings.
     */
    public Run run(List<Path> xliffs, GlossaryChoice choice, Set<QaCheck> checks) {
        Optional<LoadedGlossary> glossary = checks.contains(QaCheck.TERMS)
                ? Optional.of(choice.load().orElseThrow(() -> new BadInputException(xliffs.get(0),
                        "term QA needs a glossary")))
                : Optional.empty();
        Map<Path, Result> results = new LinkedHashMap<>();
        List<Translation> translations = new ArrayList<>();
        for (Path xliff : xliffs) {
            TranslationDocument document = XliffFiles.read(xliff);
            results.put(xliff, check(xliff, document, glossary, checks));
            String languages = document.sourceLang().toLanguageTag() + "-" + document.targetLang().toLanguageTag();
            document.translatableSegments().filter(SegmentPair::isTranslated).forEach(s -> translations.add(
                    new Translation(xliff, s.id(), languages, s.source(), s.target())));
        }
        if (checks.contains(QaCheck.CONSISTENCY)) {
            new ConsistencyChecker().check(translations).forEach(group -> {
                Result in = results.get(group.first().file());
                List<SegmentFinding> findings = new ArrayList<>(in.findings());
                findings.add(new SegmentFinding(group.first().segment(), group.finding()));
                results.put(in.file(), new Result(in.file(), in.glossary(), in.checks(), in.checkedSegments(),
                        findings));
            });
        }
        return new Run(List.copyOf(results.values()));
    }

    private static Result check(Path xliff, TranslationDocument read, Optional<LoadedGlossary> glossary,
                                Set<QaCheck> checks) {
        TranslationDocument document = glossary.map(g -> new TermAnnotator(g.glossary(),
                read.sourceLang().getLanguage()).annotate(read)).orElse(read);
        SegmentQa qa = new SegmentQa(glossary.map(LoadedGlossary::glossary), checks, document);
        Set<QaCheck> run = EnumSet.noneOf(QaCheck.class);
        glossary.ifPresent(g -> run.add(QaCheck.TERMS));
        run.addAll(qa.running());
        if (checks.contains(QaCheck.CONSISTENCY)) {
            run.add(QaCheck.CONSISTENCY);
        }
        if (run.isEmpty()) {
            throw new BadInputException(xliff, "the numbers check reads en, ru and az, the quotes and script checks "
                    + "ru and az targets, not "
                    + document.sourceLang().getLanguage() + " to " + document.targetLang().getLanguage());
        }
        List<SegmentFinding> findings = qa.check(document, s -> true);
        int checked = (int) document.translatableSegments().filter(SegmentQa::isChecked).count();
        return new Result(xliff, glossary, run, checked, findings);
    }
}
