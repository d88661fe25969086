package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.glossary.Glossary;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.worksheet.WorksheetWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The {@code prepare} flow: for each transcript, the {@code segment} flow (XLIFF files that keep
 * earlier translations), then a translator worksheet for each XLIFF file, made from the document in
 * hand (the file is not read back). Every transcript is read, every document made and checked to
 * fit in a worksheet, and every worksheet checked not to be overwritten unasked, before anything is
 * written: a failure leaves no partial output. Each XLIFF file is written while its worksheet is
 * made; small documents are written on every core at once (the target languages of the shipped
 * transcript, for example).
 */
public final class PrepareFlow {
    /**
     * Above this many segments in all, files are written one at a time (see {@link
     * #concurrentChains}).
     */
    private static final long CONCURRENT_SEGMENTS_LIMIT = 20_000;

    private final WorkListener progress;

    public PrepareFlow() {
        this(WorkListener.silent());
    }

    /**
     * A flow that reports its steps (planning each transcript, writing each XLIFF file and
     * worksheet).
     */
    public PrepareFlow(WorkListener progress) {
        this.progress = requireNonNull(progress, "progress");
    }

    /**
     * The segment requests (one per transcript), where worksheets go, an optional sheet password,
     * and whether existing worksheets may be replaced (each is then kept as {@code .bak}).
     */
    public record Request(
            List<SegmentFlow.Request> transcripts,
            Path worksheetDir,
            Optional<String> password,
            boolean replaceWorksheets) {
        public Request {
            transcripts = List.copyOf(transcripts);
            requireNonNull(worksheetDir, "worksheetDir");
            requireNonNull(password, "password");
        }
    }

    /** One transcript prepared: what segmenting wrote, and the worksheets, in the same order. */
    public record Prepared(SegmentFlow.Result segmented, List<ExportFlow.Result> worksheets) {
        public Prepared {
            requireNonNull(segmented, "segmented");
            worksheets = List.copyOf(worksheets);
        }
    }

    public List<Prepared> run(Request request) {
        var segmentFlow = new SegmentFlow();
        long steps =
                request.transcripts().stream()
                        .mapToLong(t -> 1 + 2L * t.targetLangs().size())
                        .sum();
        try (WorkListener.Task task = progress.start("prepare", steps)) {
            return run(request, segmentFlow, task);
        }
    }

    /**
     * Plans every transcript, checks every worksheet, then writes; the files that existed stay
     * locked until then.
     */
    private List<Prepared> run(Request request, SegmentFlow segmentFlow, WorkListener.Task task) {
        List<SegmentFlow.Result> plans = new ArrayList<>();
        try {
            for (SegmentFlow.Request transcript : request.transcripts()) {
                plans.add(segmentFlow.plan(transcript));
                task.advance(1);
            }
            return checkAndWrite(request, plans, segmentFlow, task);
        } finally {
            plans.forEach(SegmentFlow.Result::close);
        }
    }

    private List<Prepared> checkAndWrite(
            Request request,
            List<SegmentFlow.Result> plans,
            SegmentFlow segmentFlow,
            WorkListener.Task task) {
        for (SegmentFlow.Result plan : plans) {
            Glossary glossary =
                    plan.glossary().map(LoadedGlossary::glossary).orElseGet(Glossary::empty);
            for (SegmentFlow.Written file : plan.written()) {
                ExportFlow.refuseToOverwrite(worksheet(request, file), request.replaceWorksheets());
                new WorksheetWriter().checkFits(file.document(), glossary, file.xliff());
            }
        }
        return write(request, plans, segmentFlow, task);
    }

    /**
     * Writes each XLIFF file and its worksheet; see {@link #concurrentChains} for how many at once.
     */
    private static List<Prepared> write(
            Request request,
            List<SegmentFlow.Result> plans,
            SegmentFlow segmentFlow,
            WorkListener.Task task) {
        List<Supplier<ExportFlow.Result>> chains = new ArrayList<>();
        for (SegmentFlow.Result plan : plans) {
            for (SegmentFlow.Written file : plan.written()) {
                chains.add(() -> writeFileAndWorksheet(request, plan, file, segmentFlow, task));
            }
        }
        Iterator<ExportFlow.Result> worksheets =
                new InParallel(concurrentChains(plans)).results(chains).iterator();
        List<Prepared> prepared = new ArrayList<>();
        for (SegmentFlow.Result plan : plans) {
            List<ExportFlow.Result> planWorksheets = new ArrayList<>();
            plan.written().forEach(file -> planWorksheets.add(worksheets.next()));
            prepared.add(new Prepared(plan, planWorksheets));
        }
        return prepared;
    }

    /**
     * Writes an XLIFF file and its worksheet at once, each on a thread of its own: the worksheet
     * needs the file's digest only for its manifest, its last sheet, and waits there until the file
     * is written. When the file cannot be written, the worksheet is not either, and the file's
     * failure is the one reported.
     */
    private static ExportFlow.Result writeFileAndWorksheet(
            Request request,
            SegmentFlow.Result plan,
            SegmentFlow.Written file,
            SegmentFlow segmentFlow,
            WorkListener.Task task) {
        CompletableFuture<String> digest = new CompletableFuture<>();
        Supplier<Optional<ExportFlow.Result>> xliff =
                () -> {
                    try {
                        digest.complete(segmentFlow.write(plan, file));
                    } catch (RuntimeException e) {
                        digest.completeExceptionally(e);
                        throw e;
                    }
                    task.advance(1);
                    return Optional.empty();
                };
        Supplier<Optional<ExportFlow.Result>> worksheet =
                () -> {
                    ExportFlow.Result written =
                            new ExportFlow()
                                    .write(
                                            new ExportFlow.Request(
                                                    file.xliff(),
                                                    worksheet(request, file),
                                                    plan.glossary(),
                                                    request.password(),
                                                    request.replaceWorksheets()),
                                            file.document(),
                                            digest::join);
                    task.advance(1);
                    return Optional.of(written);
                };
        return new InParallel(2).results(List.of(xliff, worksheet)).get(1).orElseThrow();
    }

    /**
     * How many files (each an XLIFF file and its worksheet, which records the file's digest) are
     * written at once: one per core for small documents, where most of the time is the libraries'
     * start-up and the second core would otherwise idle; one at a time once the documents are
     * large, so that two worksheets never hold their strings at the same time.
     */
    private static int concurrentChains(List<SegmentFlow.Result> plans) {
        long segments =
                plans.stream()
                        .flatMap(plan -> plan.written().stream())
                        .mapToLong(file -> file.document().translatableSegments().count())
                        .sum();
        return segments > CONCURRENT_SEGMENTS_LIMIT
                ? 1
                : Runtime.getRuntime().availableProcessors();
    }

    private static Path worksheet(Request request, SegmentFlow.Written file) {
        return ExportFlow.defaultWorksheet(request.worksheetDir(), file.xliff());
    }
}
