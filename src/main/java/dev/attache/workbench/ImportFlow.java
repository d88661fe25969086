package dev.attache.workbench;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import dev.attache.glossary.Glossary;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.qa.Severity;
import dev.attache.reimport.Counts;
import dev.attache.reimport.CurrentXliff;
import dev.attache.reimport.ImportOptions;
import dev.attache.reimport.ImportResult;
import dev.attache.reimport.Reconciler;
import dev.attache.worksheet.Worksheet;
import dev.attache.worksheet.WorksheetReader;
import dev.attache.xliff.SegmentId;
import dev.attache.xliff.SegmentPair;
import dev.attache.xliff.TermRenderings;
import dev.attache.xliff.TranslationDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The {@code import} flow: read a filled worksheet, reconcile its rows with the XLIFF file it was made from, run
 * term QA on every target that changed (findings become notes from {@code qa}), and write the XLIFF atomically,
 * keeping the previous version as {@code .bak}. Nothing is written on a dry run, nor under {@code strict} when a
 * row was rejected or in conflict, nor when nothing changed. The XLIFF file is locked from reading to writing
 * ({@link XliffLock}): a second import into it waits for the first, then reads what the first wrote.
 */
public final class ImportFlow {
    /** The worksheet, the XLIFF file (default: {@code xliffDir/<name the manifest records>}), and the switches. */
    public record Request(Path worksheet, Optional<Path> xliff, Path xliffDir, GlossaryChoice glossary,
                          Optional<ImportReportFile> report, boolean dryRun, boolean force, boolean strict) {
        public Request {
            requireNonNull(worksheet, "worksheet");
            requireNonNull(xliff, "xliff");
            requireNonNull(xliffDir, "xliffDir");
            requireNonNull(glossary, "glossary");
            requireNonNull(report, "report");
        }
    }

    /** The reconciliation, the QA findings on changed targets, and whether the XLIFF file was written. */
    public record Result(Path xliff, ImportResult reconciled, List<SegmentFinding> qaFindings, boolean written,
                         boolean glossaryChanged) {
        public Result {
            requireNonNull(xliff, "xliff");
            requireNonNull(reconciled, "reconciled");
            qaFindings = List.copyOf(qaFindings);
        }

        /**
         * Every problem as a line {@code severity: place: message}: the rows' issues (the place is the sheet row),
         * then the term QA findings (placed at the row of their segment), then a changed glossary.
         */
        public List<String> problemLines() {
            Map<String, String> rowOfSegment = rowsOfSegments();
            List<String> lines = new ArrayList<>();
            reconciled.issues().forEach(i -> lines.add(i.severity().name().toLowerCase(Locale.ROOT) + ": "
                    + i.location() + ": " + i.message()));
            qaFindings.forEach(f -> lines.add(f.finding().severity().word() + ": "
                    + rowOfSegment.getOrDefault(f.segment().toString(), xliff.toString()) + ": " + f.describe()));
            if (glossaryChanged) {
                lines.add("note: the glossary changed since the worksheet was exported");
            }
            return lines;
        }

        /** Each segment id with the sheet row it came from ({@code x.en-ru.xlsx!en-ru:14}). */
        public Map<String, String> rowsOfSegments() {
            return reconciled.rowsOfSegments();
        }

        /** {@code applied 3, unchanged 20, empty 4, rejected 0, conflicts 0, QA findings 1}. */
        public String summary() {
            Counts counts = reconciled.counts();
            return "applied %d, unchanged %d, empty %d, rejected %d, conflicts %d, QA findings %d".formatted(
                    counts.applied(), counts.unchanged(), counts.empty(), counts.rejected(), counts.conflicts(),
                    qaFindings.size());
        }

        /** Rows rejected or in conflict, or a term QA error: the import finished with findings. */
        public boolean hasFindings() {
            return reconciled.counts().hasFindings()
                    || qaFindings.stream().anyMatch(f -> f.finding().severity() == Severity.ERROR);
        }

        /** Rows rejected or in conflict: what {@code --strict} refuses to write with. */
        public boolean hasRejections() {
            return reconciled.counts().hasFindings();
        }
    }

    public Result run(Request request) {
        Worksheet worksheet = new WorksheetReader().read(request.worksheet());
        Path xliff = request.xliff().orElseGet(() -> request.xliffDir().resolve(worksheet.manifest().xliffFileName()));
        if (!Files.isRegularFile(xliff)) {
            throw new BadInputException(request.worksheet(), "its XLIFF file " + xliff
                    + " is not there; name it with --xliff");
        }
        if (request.dryRun()) {
            return importInto(xliff, worksheet, request); // writes nothing, so needs no lock (nor a writable folder)
        }
        try (XliffLock lock = XliffLock.acquire(xliff, XliffLock.WAIT)) {
            return importInto(xliff, worksheet, request);
        }
    }

    /** Reconciles, checks and writes, while this run holds the XLIFF file's lock. */
    private Result importInto(Path xliff, Worksheet worksheet, Request request) {
        TranslationDocument current = XliffFiles.read(xliff);
        ImportResult reconciled = new Reconciler().reconcile(
                new CurrentXliff(xliff, new FileDigest(xliff).sha256(), current), worksheet,
                new ImportOptions(request.force()));
        Optional<LoadedGlossary> glossary = request.glossary().load();
        TranslationDocument checked = reconciled.document();
        List<SegmentFinding> findings = List.of();
        if (glossary.isPresent()) {
            Glossary terms = glossary.get().glossary();
            TranslationDocument annotated = new TermAnnotator(terms, checked.sourceLang().getLanguage()).annotate(checked);
            Set<SegmentId> changed = reconciled.changedTargets().stream().map(SegmentPair::id).collect(Collectors.toSet());
            Predicate<SegmentPair> isChanged = s -> changed.contains(s.id());
            findings = new TermQa(terms, annotated).check(annotated, isChanged);
            checked = TermQa.recordAsNotes(annotated, isChanged, findings);
        }
        boolean blocked = request.strict() && reconciled.counts().hasFindings();
        boolean write = !request.dryRun() && !blocked && !XliffFiles.sameContent(checked, current);
        if (write) {
            XliffFiles.write(checked, xliff, true, XliffFiles.sameFlavour(xliff), glossary.map(g -> TermRenderings.of(
                    g.glossary(), current.targetLang())).orElseGet(TermRenderings::none));
        }
        List<SegmentFinding> termQa = findings;
        request.report().ifPresent(report -> report.write(worksheet, xliff, reconciled, termQa));
        boolean glossaryChanged = glossary.map(g -> !g.sha256().equals(worksheet.manifest().glossarySha256()))
                .orElse(false);
        return new Result(xliff, reconciled, findings, write, glossaryChanged);
    }
}
