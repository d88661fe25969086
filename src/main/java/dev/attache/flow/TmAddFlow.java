package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.Severity;
import dev.attache.memory.AddSummary;
import dev.attache.memory.LanguagePair;
import dev.attache.memory.MemoryEntry;
import dev.attache.memory.TmxPairs;
import dev.attache.memory.TranslationMemory;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.qa.SegmentFinding;
import dev.attache.xliff.XliffFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code tm add} flow: the translated segment pairs of XLIFF files (1.2 or 2.x; translatable
 * units only) and the pairs of TMX files go into the project memory, with who added them, when, and
 * from which file. The XLIFF files are read, and the TMX files' roots checked, before the memory is
 * opened for writing; a TMX file is then read and added {@value #TMX_BATCH} pairs at a time, in
 * bounded memory, each batch committed (a file that breaks off part way leaves the batches before
 * it added: adding them again changes nothing).
 */
public final class TmAddFlow {
    /**
     * A TMX file goes into the memory this many pairs at a time: a million-unit file is never held
     * whole.
     */
    static final int TMX_BATCH = 20_000;

    private final int tmxBatch;

    public TmAddFlow() {
        this(TMX_BATCH);
    }

    /** A flow that adds a TMX file's pairs {@code tmxBatch} at a time. */
    TmAddFlow(int tmxBatch) {
        if (tmxBatch < 1) {
            throw new IllegalArgumentException("a batch holds a pair at least: " + tmxBatch);
        }
        this.tmxBatch = tmxBatch;
    }

    /** The files (XLIFF, or TMX by their {@code .tmx} extension) and the memory's folder. */
    public record Request(List<Path> files, Path memory) {
        public Request {
            files = List.copyOf(files);
            requireNonNull(memory, "memory");
            if (files.isEmpty()) {
                throw new IllegalArgumentException("at least one file is needed");
            }
        }
    }

    /**
     * The rows of an import kept out of the memory: not marked Translated or Final, or with a QA
     * error.
     */
    public record KeptOut(int needsReview, int qaErrors) {
        public static final KeptOut NONE = new KeptOut(0, 0);

        public KeptOut {
            if (needsReview < 0 || qaErrors < 0) {
                throw new IllegalArgumentException(
                        "negative count: " + needsReview + ", " + qaErrors);
            }
        }

        public int total() {
            return needsReview + qaErrors;
        }
    }

    /**
     * The memory's folder, how many pairs the files had, what adding them did, and the rows kept
     * out.
     */
    public record Result(Path memory, int pairs, AddSummary summary, KeptOut keptOut) {
        public Result {
            requireNonNull(memory, "memory");
            requireNonNull(summary, "summary");
            requireNonNull(keptOut, "keptOut");
        }

        /**
         * {@code memory tm: added 27 pairs} (and how many it held already, if any; and the rows
         * kept out, if any: {@code ; kept out 2 (needs review 1, QA errors 1)}).
         */
        public String line() {
            return "memory "
                    + memory
                    + ": added "
                    + summary.written()
                    + " pairs"
                    + (summary.replaced() > 0
                            ? " (" + summary.replaced() + " replacing older translations)"
                            : "")
                    + (summary.unchanged() > 0 ? ", " + summary.unchanged() + " held already" : "")
                    + (keptOut.total() > 0
                            ? "; kept out %d (needs review %d, QA errors %d)"
                                    .formatted(
                                            keptOut.total(),
                                            keptOut.needsReview(),
                                            keptOut.qaErrors())
                            : "");
        }
    }

    public Result run(Request request) {
        String creator = MemoryEntry.currentCreator();
        Instant now = Instant.now();
        List<MemoryEntry> entries = new ArrayList<>();
        List<Path> tmxFiles = new ArrayList<>();
        for (Path file : request.files()) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tmx")) {
                new TmxPairs().checkRoot(file);
                tmxFiles.add(file);
            } else {
                entries.addAll(
                        MemoryEntry.translatedPairs(
                                XliffFiles.read(file),
                                file.getFileName().toString(),
                                creator,
                                now));
            }
        }
        if (tmxFiles.isEmpty()) {
            return add(request.memory(), entries, KeptOut.NONE);
        }
        try (TranslationMemory tm = TranslationMemory.openOrCreate(request.memory())) {
            int[] pairs = {entries.size()};
            AddSummary[] summary = {tm.add(entries)};
            List<MemoryEntry> batch = new ArrayList<>(tmxBatch);
            for (Path tmx : tmxFiles) {
                new TmxPairs()
                        .stream(
                                tmx,
                                creator,
                                now,
                                entry -> {
                                    batch.add(entry);
                                    if (batch.size() == tmxBatch) {
                                        summary[0] = summary[0].plus(tm.add(batch));
                                        pairs[0] += batch.size();
                                        batch.clear();
                                    }
                                });
            }
            summary[0] = summary[0].plus(tm.add(batch));
            pairs[0] += batch.size();
            return new Result(request.memory(), pairs[0], summary[0], KeptOut.NONE);
        }
    }

    /**
     * After {@code import}: the clean rows it accepted go into the memory: their targets changed,
     * are marked Translated or Final, and have no QA error. A row marked Needs review, or with a QA
     * error, is kept out (and counted, by the first of those reasons). Nothing when the import
     * wrote nothing (a dry run, {@code --strict} with rejections, nothing changed).
     */
    public Result afterImport(ImportFlow.Result imported, Path memory) {
        if (!imported.written()) {
            return new Result(memory, 0, new AddSummary(0, 0, 0), KeptOut.NONE);
        }
        TranslationDocument document = imported.reconciled().document();
        LanguagePair languages = new LanguagePair(document.sourceLang(), document.targetLang());
        String creator = MemoryEntry.currentCreator();
        Instant now = Instant.now();
        String file = imported.xliff().getFileName().toString();
        Set<SegmentId> withErrors =
                imported.qaFindings().stream()
                        .filter(f -> f.finding().severity() == Severity.ERROR)
                        .map(SegmentFinding::segment)
                        .collect(Collectors.toSet());
        List<SegmentPair> translated =
                imported.reconciled().changedTargets().stream()
                        .filter(SegmentPair::isTranslated)
                        .toList();
        List<SegmentPair> done =
                translated.stream()
                        .filter(s -> s.state() == State.TRANSLATED || s.state() == State.FINAL)
                        .toList();
        List<MemoryEntry> entries =
                done.stream()
                        .filter(s -> !withErrors.contains(s.id()))
                        .map(
                                s ->
                                        new MemoryEntry(
                                                s.source(),
                                                s.target(),
                                                languages,
                                                creator,
                                                now,
                                                file))
                        .toList();
        KeptOut keptOut =
                new KeptOut(translated.size() - done.size(), done.size() - entries.size());
        return add(memory, entries, keptOut);
    }

    private static Result add(Path memory, List<MemoryEntry> entries, KeptOut keptOut) {
        try (TranslationMemory tm = TranslationMemory.openOrCreate(memory)) {
            return new Result(memory, entries.size(), tm.add(entries), keptOut);
        }
    }
}
