package dev.attache.workbench;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code prepare} flow: for each transcript, the {@code segment} flow (XLIFF files that keep earlier
 * translations), then a translator worksheet for each XLIFF file written.
 */
public final class PrepareFlow {
    /** The segment requests (one per transcript), where worksheets go, and an optional sheet password. */
    public record Request(List<SegmentFlow.Request> transcripts, Path worksheetDir, Optional<String> password) {
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
        List<Prepared> prepared = new ArrayList<>();
        for (SegmentFlow.Request transcript : request.transcripts()) {
            SegmentFlow.Result segmented = new SegmentFlow().run(transcript);
            List<ExportFlow.Result> worksheets = new ArrayList<>();
            for (SegmentFlow.Written written : segmented.written()) {
                Path worksheet = ExportFlow.defaultWorksheet(request.worksheetDir(), written.xliff());
                worksheets.add(new ExportFlow().run(new ExportFlow.Request(written.xliff(), worksheet,
                        segmented.glossary(), request.password())));
            }
            prepared.add(new Prepared(segmented, worksheets));
        }
        return prepared;
    }
}
