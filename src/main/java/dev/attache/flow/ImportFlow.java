package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import dev.attache.Severity;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.glossary.TermAnnotator;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.TermRenderings;
import dev.attache.model.TranslationDocument;
import dev.attache.qa.ExactMatchQa;
import dev.attache.qa.QaCheck;
import dev.attache.qa.SegmentFinding;
import dev.attache.qa.SegmentQa;
import dev.attache.reimport.Counts;
import dev.attache.reimport.CurrentXliff;
import dev.attache.reimport.ImportIssue;
import dev.attache.reimport.ImportOptions;
import dev.attache.reimport.ImportResult;
import dev.attache.reimport.Reconciler;
import dev.attache.reimport.XliffWrite;
import dev.attache.worksheet.Worksheet;
import dev.attache.worksheet.WorksheetRow;
import dev.attache.xliff.OpenedXliff;
import dev.attache.xliff.XliffFiles;
import dev.attache.xliff.XliffLock;
import dev.attache.xliff.XliffUpdate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code import} flow: read a filled worksheet, reconcile its rows with the XLIFF file it was
 * made from, run QA (terms with a glossary, numbers, mechanical, quotes, script) on every target
 * that changed and every target the memory filled in as an exact match (findings become notes from
 * {@code qa}), and write the XLIFF atomically, keeping the previous version as {@code .bak}; then
 * the changed rows accepted without a QA error go into the memory. Nothing is written on a dry run,
 * nor under {@code strict} when a row was rejected or in conflict, nor when nothing changed. The
 * XLIFF file is read once, and locked from reading to writing ({@link XliffLock}, through {@link
 * XliffFiles#update}): a second import into it waits for the first, then reads what the first
 * wrote.
 */
public final class ImportFlow {
    /**
     * The worksheet, the XLIFF file (default: {@code xliffDir/<name the manifest records>}), the
     * switches, and the memory folder the accepted rows go into (none: {@code --no-tm}).
     */
    public record Request(
            Path worksheet,
            Optional<Path> xliff,
            Path xliffDir,
            GlossaryChoice glossary,
            Set<QaCheck> checks,
            Optional<ImportReportFile> report,
            boolean dryRun,
            boolean overwriteFinal,
            boolean preferWorksheet,
            boolean strict,
            Optional<Path> memory) {
        public Request {
            requireNonNull(worksheet, "worksheet");
            requireNonNull(xliff, "xliff");
            requireNonNull(xliffDir, "xliffDir");
            requireNonNull(glossary, "glossary");
            checks = Set.copyOf(checks);
            requireNonNull(report, "report");
            requireNonNull(memory, "memory");
        }
    }

    /**
     * The reconciliation, the QA findings on changed targets and exact matches, what became of the
     * XLIFF file, and what went into the memory (nothing when the import wrote nothing or no memory
     * was asked for).
     */
    public record Result(
            Path xliff,
            ImportResult reconciled,
            List<SegmentFinding> qaFindings,
            XliffWrite outcome,
            boolean glossaryChanged,
            Optional<TmAddFlow.Result> memory) {
        public Result {
            requireNonNull(xliff, "xliff");
            requireNonNull(reconciled, "reconciled");
            qaFindings = List.copyOf(qaFindings);
            requireNonNull(outcome, "outcome");
            requireNonNull(memory, "memory");
        }

        /** Whether the XLIFF file was written. */
        public boolean written() {
            return outcome.written();
        }

        /** The result with what the memory step did. */
        Result withMemory(TmAddFlow.Result added) {
            return new Result(
                    xliff, reconciled, qaFindings, outcome, glossaryChanged, Optional.of(added));
        }

        /**
         * Every problem as a line {@code severity: place: message}: the rows' issues (the place is
         * the sheet row), then the QA findings (placed at the row of their segment), then a changed
         * glossary. Made as they are read: a 5 M-word import of English left in the targets has
         * half a million.
         */
        public Stream<String> problemLines() {
            Map<String, String> rowOfSegment = rowsOfSegments();
            Stream<String> rowIssues =
                    reconciled.issues().stream()
                            .map(
                                    i ->
                                            i.severity().name().toLowerCase(Locale.ROOT)
                                                    + ": "
                                                    + i.location()
                                                    + ": "
                                                    + i.message());
            Stream<String> termQa =
                    qaFindings.stream()
                            .map(
                                    f ->
                                            f.finding().severity().word()
                                                    + ": "
                                                    + rowOfSegment.getOrDefault(
                                                            f.segment().toString(),
                                                            xliff.toString())
                                                    + ": "
                                                    + f.describe());
            Stream<String> glossary =
                    Stream.of("note: the glossary changed since the worksheet was exported")
                            .filter(note -> glossaryChanged);
            return Stream.of(rowIssues, termQa, glossary).flatMap(lines -> lines);
        }

        /** Each segment id with the sheet row it came from ({@code x.en-ru.xlsx!en-ru:14}). */
        public Map<String, String> rowsOfSegments() {
            return reconciled.rowsOfSegments();
        }

        /**
         * What became of the XLIFF file, for the console: {@code wrote xliff/….xlf (previous
         * version: ….xlf.bak)} or {@code wrote nothing} and why.
         */
        public String writeSummary() {
            return switch (outcome) {
                case WRITTEN ->
                        "wrote " + xliff + " (previous version: " + xliff.getFileName() + ".bak)";
                case DRY_RUN -> "wrote nothing (dry run)";
                case HELD_BACK -> "wrote nothing (--strict, and rows were rejected or in conflict)";
                case UNCHANGED -> "wrote nothing (nothing changed)";
            };
        }

        /** {@code applied 3, unchanged 20, empty 4, rejected 0, conflicts 0, QA findings 1}. */
        public String summary() {
            Counts counts = reconciled.counts();
            return "applied %d, unchanged %d, empty %d, rejected %d, conflicts %d, QA findings %d"
                    .formatted(
                            counts.applied(),
                            counts.unchanged(),
                            counts.empty(),
                            counts.rejected(),
                            counts.conflicts(),
                            qaFindings.size());
        }

        /**
         * Rows rejected or in conflict, or a QA error (a term, a number): the import finished with
         * findings.
         */
        /** A QA error on an imported target. */
        public boolean hasQaErrors() {
            return qaFindings.stream().anyMatch(f -> f.finding().severity() == Severity.ERROR);
        }

        /** A QA finding, error or warning, on an imported target. */
        public boolean hasQaFindings() {
            return !qaFindings.isEmpty();
        }

        /** Rows rejected or in conflict: what {@code --strict} refuses to write with. */
        public boolean hasRejections() {
            return reconciled.counts().hasFindings();
        }
    }

    public Result run(Request request) {
        request.report().ifPresent(ImportReportFile::refuseExisting);
        // The XLIFF file is read while the worksheet's rows are: its name is in the manifest, read
        // before them. A failure of the worksheet's reading comes first, as when one followed the
        // other.
        WorksheetReading worksheet = new WorksheetReading(request.worksheet());
        try {
            return run(request, worksheet);
        } catch (RuntimeException e) {
            worksheet.rethrowFailure();
            throw e;
        }
    }

    private Result run(Request request, WorksheetReading worksheet) {
        Path xliff =
                request.xliff()
                        .orElseGet(
                                () ->
                                        request.xliffDir()
                                                .resolve(worksheet.manifest().xliffFileName()));
        if (!Files.isRegularFile(xliff)) {
            throw new BadInputException(
                    request.worksheet(),
                    "its XLIFF file " + xliff + " is not there; name it with --xliff");
        }
        if (request.dryRun()) {
            // writes nothing, so needs no lock (nor a writable folder)
            return importInto(XliffFiles.open(xliff), Optional.empty(), worksheet, request);
        }
        Result imported =
                XliffFiles.update(
                        xliff,
                        update ->
                                importInto(
                                        update.opened(), Optional.of(update), worksheet, request));
        return imported.written() && request.memory().isPresent()
                ? imported.withMemory(new TmAddFlow().afterImport(imported, request.memory().get()))
                : imported;
    }

    /**
     * Reconciles, checks and writes (through {@code update}, which holds the XLIFF file's lock).
     */
    private Result importInto(
            OpenedXliff opened,
            Optional<XliffUpdate> update,
            WorksheetReading worksheet,
            Request request) {
        Path xliff = opened.file();
        TranslationDocument current = opened.document();
        MarkedTerms marked = MarkedTerms.of(request.glossary(), current);
        Reconciled reconciled =
                Reconciled.of(
                        worksheet.take(),
                        new CurrentXliff(xliff, opened.sha256(), marked.document()),
                        new ImportOptions(request.overwriteFinal(), request.preferWorksheet()));
        ImportResult result = reconciled.result();
        Optional<LoadedGlossary> glossary = marked.glossary();
        TranslationDocument checked = result.document();
        Set<SegmentId> changed =
                result.changedTargets().stream().map(SegmentPair::id).collect(Collectors.toSet());
        Predicate<SegmentPair> isChecked =
                s -> changed.contains(s.id()) || ExactMatchQa.FROM_MEMORY.test(s);
        List<SegmentFinding> findings =
                new SegmentQa(glossary.map(LoadedGlossary::glossary), request.checks(), checked)
                        .check(checked, isChecked);
        checked = SegmentQa.recordAsNotes(checked, isChecked, findings);
        XliffWrite outcome =
                update.isEmpty()
                        ? XliffWrite.DRY_RUN
                        : request.strict() && result.counts().hasFindings()
                                ? XliffWrite.HELD_BACK
                                : XliffFiles.sameContent(checked, current)
                                        ? XliffWrite.UNCHANGED
                                        : XliffWrite.WRITTEN;
        if (outcome.written()) {
            update.get()
                    .write(
                            checked,
                            opened.sameFlavour(),
                            glossary.map(g -> g.glossary().renderings(current.targetLang()))
                                    .orElseGet(TermRenderings::none),
                            true);
        }
        request.report()
                .ifPresent(
                        report ->
                                report.write(
                                        reconciled.sheetFile(),
                                        xliff,
                                        outcome,
                                        result,
                                        reconciled.conflictSheetTargets(),
                                        findings));
        boolean glossaryChanged =
                glossary.map(g -> !g.sha256().equals(reconciled.glossarySha256())).orElse(false);
        return new Result(xliff, result, findings, outcome, glossaryChanged, Optional.empty());
    }

    /**
     * The XLIFF file's document with the glossary's terms marked in its sources, done while the
     * worksheet's rows are still being read: the reconciliation changes targets, states and the
     * translator's and import's notes, never a source nor the glossary's note, so marking before it
     * gives what marking after it gave. A glossary that cannot be loaded is reported where it was,
     * after the worksheet's and the reconciliation's failures ({@link #glossary}).
     */
    private record MarkedTerms(
            Optional<LoadedGlossary> loaded,
            TranslationDocument document,
            Optional<RuntimeException> failure) {
        static MarkedTerms of(GlossaryChoice choice, TranslationDocument document) {
            Optional<LoadedGlossary> glossary;
            try {
                glossary = choice.load();
            } catch (RuntimeException e) {
                return new MarkedTerms(Optional.empty(), document, Optional.of(e));
            }
            return new MarkedTerms(
                    glossary,
                    TermAnnotator.withTerms(glossary.map(LoadedGlossary::glossary), document),
                    Optional.empty());
        }

        /** The glossary loaded, or its failure thrown. */
        Optional<LoadedGlossary> glossary() {
            if (failure.isPresent()) {
                throw failure.get();
            }
            return loaded;
        }
    }

    /**
     * The rows reconciled, with what the rest of the import needs of the worksheet: its file, the
     * glossary's digest at export, and the targets of the rows in conflict (for the report), by
     * segment id.
     */
    private record Reconciled(
            ImportResult result,
            Path sheetFile,
            String glossarySha256,
            Map<String, String> conflictSheetTargets) {
        static Reconciled of(Worksheet worksheet, CurrentXliff xliff, ImportOptions options) {
            ImportResult result = new Reconciler().reconcile(xliff, worksheet, options);
            Set<String> conflicts =
                    result.issues().stream()
                            .filter(ImportIssue.Conflict.class::isInstance)
                            .map(ImportIssue.Conflict.class::cast)
                            .map(ImportIssue.Conflict::id)
                            .collect(Collectors.toSet());
            Map<String, String> sheetTargets =
                    worksheet.rows().stream()
                            .filter(r -> conflicts.contains(r.id()))
                            .collect(
                                    Collectors.toMap(
                                            WorksheetRow::id,
                                            r -> r.target().shown(),
                                            (a, b) -> a));
            return new Reconciled(
                    result, worksheet.file(), worksheet.manifest().glossarySha256(), sheetTargets);
        }
    }
}
