package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import dev.attache.Severity;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.glossary.TermAnnotator;
import dev.attache.memory.LanguagePair;
import dev.attache.memory.MemoryMatch;
import dev.attache.memory.TranslationMemory;
import dev.attache.model.Note;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.TermRenderings;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.qa.Acceptance;
import dev.attache.qa.QaCheck;
import dev.attache.qa.SegmentFinding;
import dev.attache.qa.SegmentQa;
import dev.attache.qa.consistency.ConsistencyChecker;
import dev.attache.qa.consistency.Translation;
import dev.attache.xliff.XliffFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code qa} flow: the chosen checks (terms, numbers, mechanical, quotes, script) of every
 * translated segment of one or more XLIFF files, each checked on its own, then the consistency
 * check of all of them together.
 */
public final class QaFlow {
    /**
     * The findings of one file, the checks run on it, the glossary used (none when terms were not
     * checked), and how many segments were checked.
     */
    public record Result(
            Path file,
            Optional<LoadedGlossary> glossary,
            Set<QaCheck> checks,
            int checkedSegments,
            List<SegmentFinding> findings) {
        public Result {
            requireNonNull(file, "file");
            requireNonNull(glossary, "glossary");
            checks = Set.copyOf(checks);
            findings = List.copyOf(findings);
        }

        /**
         * True when a finding is an error (a missing or deprecated term, a wrong number); warnings
         * do not count.
         */
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
     * Runs {@code checks} on each of {@code xliffs}, in the order given: terms need the glossary
     * {@code choice} loads; numbers need a numbers lexicon of both languages, quotes and script a
     * ru or az target; a file is refused only when no check asked for can run on it. The
     * consistency check compares the translated segments of all the files of a language pair; a
     * group is reported in the file of its first segment, after that file's other findings.
     */
    public Run run(List<Path> xliffs, GlossaryChoice choice, Set<QaCheck> checks) {
        return run(xliffs, choice, checks, Optional.empty());
    }

    /**
     * As {@link #run(List, GlossaryChoice, Set)}, and with {@code memory} (a project memory's
     * folder), the consistency check also reports each source the memory translated otherwise (its
     * exact matches), at the source's first segment.
     */
    public Run run(
            List<Path> xliffs, GlossaryChoice choice, Set<QaCheck> checks, Optional<Path> memory) {
        List<Read> reads =
                xliffs.stream().map(xliff -> new Read(xliff, XliffFiles.read(xliff))).toList();
        return check(reads, glossaryFor(xliffs, choice, checks), checks, memory);
    }

    /** An XLIFF file and the document read from it. */
    private record Read(Path file, TranslationDocument document) {}

    /**
     * The glossary {@code choice} loads where {@code checks} need one (terms, spelling); a run on
     * {@code xliffs} is refused without it, naming the first.
     */
    private static Optional<LoadedGlossary> glossaryFor(
            List<Path> xliffs, GlossaryChoice choice, Set<QaCheck> checks) {
        if (!checks.contains(QaCheck.TERMS) && !checks.contains(QaCheck.SPELLING)) {
            return Optional.empty();
        }
        return Optional.of(
                choice.load()
                        .orElseThrow(
                                () ->
                                        new BadInputException(
                                                xliffs.get(0), "term QA needs a glossary")));
    }

    private Run check(
            List<Read> reads,
            Optional<LoadedGlossary> glossary,
            Set<QaCheck> checks,
            Optional<Path> memory) {
        Map<Path, Result> results = new LinkedHashMap<>();
        Map<Path, List<Acceptance>> accepted = new HashMap<>();
        Map<String, LanguagePair> pairs = new HashMap<>();
        List<Translation> translations = new ArrayList<>();
        for (Read read : reads) {
            Path xliff = read.file();
            TranslationDocument document = read.document();
            accepted.put(xliff, Acceptance.in(document));
            results.put(xliff, check(xliff, document, glossary, checks));
            String languages =
                    document.sourceLang().toLanguageTag()
                            + "-"
                            + document.targetLang().toLanguageTag();
            pairs.put(languages, new LanguagePair(document.sourceLang(), document.targetLang()));
            document.translatableSegments()
                    .filter(SegmentPair::isTranslated)
                    .forEach(
                            s ->
                                    translations.add(
                                            new Translation(
                                                    xliff,
                                                    s.id(),
                                                    languages,
                                                    s.source(),
                                                    s.target())));
        }
        if (checks.contains(QaCheck.CONSISTENCY)) {
            List<ConsistencyChecker.Group> groups =
                    new ArrayList<>(new ConsistencyChecker().check(translations));
            memory.ifPresent(folder -> groups.addAll(againstMemory(folder, translations, pairs)));
            groups.stream()
                    .filter(
                            group ->
                                    accepted.get(group.first().file()).stream()
                                            .noneMatch(
                                                    a ->
                                                            a.covers(
                                                                    group.first().segment(),
                                                                    QaCheck.CONSISTENCY.id(),
                                                                    group.first().target())))
                    .forEach(
                            group -> {
                                Result in = results.get(group.first().file());
                                List<SegmentFinding> findings = new ArrayList<>(in.findings());
                                findings.add(
                                        new SegmentFinding(
                                                group.first().segment(), group.finding()));
                                results.put(
                                        in.file(),
                                        new Result(
                                                in.file(),
                                                in.glossary(),
                                                in.checks(),
                                                in.checkedSegments(),
                                                findings));
                            });
        }
        return new Run(List.copyOf(results.values()));
    }

    /**
     * The consistency groups of {@code translations} against the memory in {@code folder}, which
     * must be there.
     */
    private static List<ConsistencyChecker.Group> againstMemory(
            Path folder, List<Translation> translations, Map<String, LanguagePair> pairs) {
        if (!TranslationMemory.exists(folder)) {
            throw new BadInputException(folder, "is no project memory (attache tm add makes one)");
        }
        try (TranslationMemory opened = TranslationMemory.open(folder)) {
            return new ConsistencyChecker()
                    .checkAgainst(
                            translations,
                            t ->
                                    opened
                                            .lookup(t.source(), pairs.get(t.languages()), 100, 10)
                                            .stream()
                                            .filter(MemoryMatch::exact)
                                            .map(m -> m.entry().target())
                                            .toList(),
                            "memory " + folder);
        }
    }

    /**
     * Records in {@code xliff} that {@code by} accepts, at {@code at}, the findings of each check
     * asked for on its segment as the target now stands (a note from {@value
     * Acceptance#NOTE_AUTHOR}, replacing an earlier one of the same segment and check), under the
     * file's lock; refused unless each has a finding to accept now. Returns the acceptances and the
     * run of the checks on the file as written (with {@code memory} as in {@link #run(List,
     * GlossaryChoice, Set, Optional)}), from the one reading of the file.
     */
    public Accepted accept(
            Path xliff,
            List<Accept> asks,
            String by,
            Instant at,
            GlossaryChoice choice,
            Set<QaCheck> checks,
            Optional<Path> memory) {
        return XliffFiles.update(
                xliff,
                update -> {
                    TranslationDocument document = update.opened().document();
                    Optional<LoadedGlossary> glossary = glossaryFor(List.of(xliff), choice, checks);
                    Result found =
                            check(
                                            List.of(new Read(xliff, document)),
                                            glossary,
                                            checks,
                                            Optional.empty())
                                    .files()
                                    .get(0);
                    List<Acceptance> acceptances = new ArrayList<>();
                    for (Accept ask : asks) {
                        if (found.findings().stream()
                                .noneMatch(
                                        f ->
                                                f.segment().equals(ask.segment())
                                                        && f.finding()
                                                                .check()
                                                                .equals(ask.check().id()))) {
                            throw new BadInputException(
                                    xliff,
                                    ask.segment()
                                            + " has no "
                                            + ask.check().id()
                                            + " finding to accept: attache qa lists what it has");
                        }
                        String target = document.segment(ask.segment()).orElseThrow().target();
                        acceptances.add(Acceptance.of(ask.segment(), ask.check(), by, at, target));
                    }
                    TranslationDocument written =
                            document.withUnits(
                                    document.units().stream()
                                            .map(unit -> withAcceptances(unit, acceptances))
                                            .toList());
                    update.write(
                            written,
                            update.opened().sameFlavour(),
                            found.glossary()
                                    .map(g -> g.glossary().renderings(document.targetLang()))
                                    .orElseGet(TermRenderings::none),
                            true);
                    return new Accepted(
                            List.copyOf(acceptances),
                            check(List.of(new Read(xliff, written)), glossary, checks, memory));
                });
    }

    /** What {@link #accept} recorded, and the checks' findings on the file it wrote. */
    public record Accepted(List<Acceptance> acceptances, Run run) {
        public Accepted {
            acceptances = List.copyOf(acceptances);
            requireNonNull(run, "run");
        }
    }

    /**
     * What a reviser asks to accept: the findings of {@code check} on {@code segment} ({@code
     * p5.s2:numbers}).
     */
    public record Accept(SegmentId segment, QaCheck check) {
        public Accept {
            requireNonNull(segment, "segment");
            requireNonNull(check, "check");
        }

        /** {@code p5.s2:numbers}; an {@link IllegalArgumentException} for anything else. */
        public static Accept parse(String text) {
            int colon = text.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(
                        "not SEGMENT:CHECK (p5.s2:numbers): '" + text + "'");
            }
            return new Accept(
                    SegmentId.parse(text.substring(0, colon)),
                    QaCheck.of(text.substring(colon + 1)));
        }
    }

    private static Unit withAcceptances(Unit unit, List<Acceptance> acceptances) {
        List<Acceptance> mine =
                acceptances.stream().filter(a -> a.segment().unitId().equals(unit.id())).toList();
        if (mine.isEmpty()) {
            return unit;
        }
        List<Note> notes =
                new ArrayList<>(
                        unit.notes().stream()
                                .filter(
                                        n ->
                                                Acceptance.read(n)
                                                        .filter(
                                                                old ->
                                                                        mine.stream()
                                                                                .anyMatch(
                                                                                        a ->
                                                                                                a.segment()
                                                                                                                .equals(
                                                                                                                        old
                                                                                                                                .segment())
                                                                                                        && a
                                                                                                                        .check()
                                                                                                                == old
                                                                                                                        .check()))
                                                        .isEmpty())
                                .toList());
        mine.forEach(a -> notes.add(a.toNote()));
        return unit.withNotes(notes);
    }

    private static Result check(
            Path xliff,
            TranslationDocument read,
            Optional<LoadedGlossary> glossary,
            Set<QaCheck> checks) {
        TranslationDocument document =
                TermAnnotator.withTerms(glossary.map(LoadedGlossary::glossary), read);
        SegmentQa qa = new SegmentQa(glossary.map(LoadedGlossary::glossary), checks, document);
        Set<QaCheck> run = EnumSet.noneOf(QaCheck.class);
        glossary.filter(g -> checks.contains(QaCheck.TERMS)).ifPresent(g -> run.add(QaCheck.TERMS));
        run.addAll(qa.running());
        if (checks.contains(QaCheck.CONSISTENCY)) {
            run.add(QaCheck.CONSISTENCY);
        }
        if (run.isEmpty()) {
            throw new BadInputException(
                    xliff,
                    "the numbers check reads en, ru and az, the quotes and script checks "
                            + "ru and az targets, not "
                            + document.sourceLang().getLanguage()
                            + " to "
                            + document.targetLang().getLanguage());
        }
        List<SegmentFinding> findings = qa.check(document, s -> true);
        int checked = (int) document.translatableSegments().filter(SegmentQa::isChecked).count();
        return new Result(xliff, glossary, run, checked, findings);
    }
}
