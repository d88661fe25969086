package dev.attache.workbench;

import static java.util.Objects.requireNonNull;

import dev.attache.glossary.Glossary;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.worksheet.WorksheetWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code prepare} flow: for each transcript, the {@code segment} flow (XLIFF files that keep earlier
 * translations), then a translator worksheet for each XLIFF file, made from the document in hand (the file is not
 * read back). Every transcript is read, every document made and checked to fit in a worksheet, and every worksheet
 * checked not to be overwritten unasked, before anything is written: a failure leaves no partial output.
 */
public final class PrepareFlow {
    private final Progress progress;

    public PrepareFlow() {
        this(Progress.silent());
    }

    /** A flow that reports its steps (planning each transcript, writing each XLIFF file and worksheet). */
    public PrepareFlow(Progress progress) {
        this.progress = requireNonNull(progress, "progress");
    }

    /**
     * The segment requests (one per transcript), where worksheets go, an optional sheet password, and whether
     * existing worksheets may be replaced (each is then kept as {@code .bak}).
     */
    public record Request(List<SegmentFlow.Request> transcripts, Path worksheetDir, Optional<String> password,
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
        long steps = request.transcripts().stream().mapToLong(t -> 1 + 2L * t.targetLangs().size()).sum();
        try (Progress.Task task = progress.start("prepare", steps)) {
            return run(request, segmentFlow, task);
        }
    }

    private List<Prepared> run(Request request, SegmentFlow segmentFlow, Progress.Task task) {
        List<SegmentFlow.Result> plans = new ArrayList<>();
        for (SegmentFlow.Request transcript : request.transcripts()) {
            plans.add(segmentFlow.plan(transcript));
            task.advance(1);
        }
        for (SegmentFlow.Result plan : plans) {
            Glossary glossary = plan.glossary().map(LoadedGlossary::glossary).orElseGet(Glossary::empty);
            for (SegmentFlow.Written file : plan.written()) {
                ExportFlow.refuseToOverwrite(worksheet(request, file), request.replaceWorksheets());
                new WorksheetWriter().checkFits(file.document(), glossary, file.xliff());
            }
        }
        List<Prepared> prepared = new ArrayList<>();
        for (SegmentFlow.Result plan : plans) {
            SegmentFlow.Result segmented = segmentFlow.write(plan);
            task.advance(segmented.written().size());
            List<ExportFlow.Result> worksheets = new ArrayList<>();
            for (SegmentFlow.Written file : segmented.written()) {
                worksheets.add(new ExportFlow().write(new ExportFlow.Request(file.xliff(), worksheet(request, file),
                        segmented.glossary(), request.password(), request.replaceWorksheets()), file.document()));
                task.advance(1);
            }
            prepared.add(new Prepared(segmented, worksheets));
        }
        return prepared;
    }

    private static Path worksheet(Request request, SegmentFlow.Written file) {
        return ExportFlow.defaultWorksheet(request.worksheetDir(), file.xliff());
    }
}
