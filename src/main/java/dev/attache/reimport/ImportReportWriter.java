package dev.attache.reimport;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.attache.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an import's verdicts as a JSON report ({@code --report FILE.json}), atomically:
 *
 * <pre>{@code
 * { "format": "attache-import-report", "version": 2,
 *   "dryRun": false, "written": true,
 *   "counts": { "applied": 3, "unchanged": 40, "empty": 2, "rejected": 1, "conflicts": 0, "warnings": 0 },
 *   "rows": [ { "location": "x.en-ru.xlsx!en-ru:14", "row": 14, "segment": "p3.s2", "verdict": "rejected",
 *               "changes": [], "state": "translated",
 *               "issues": [ { "kind": "source-edited", "severity": "error", "message": "…" } ],
 *               "findings": [ { "check": "terms", "kind": "missing-term", "severity": "error",
 *                               "message": "…" } ] }, … ],
 *   "sheetIssues": [ { "location": "x.en-ru.xlsx!en-ru", "kind": "missing-row", … } ] }
 * }</pre>
 *
 * {@code state} is the segment's state after the import, as its XLIFF 1.2 name; it is absent when
 * the row's ID names no segment. Version 2 named a row's segment id {@code segment} ({@code id} in
 * version 1) and its QA findings {@code findings} ({@code termQa}), each with its {@code check}, as
 * the other shapes name them.
 */
public final class ImportReportWriter {
    public static final String FORMAT = "attache-import-report";
    public static final int VERSION = 2;

    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /**
     * A QA finding on a row's new target, as the report lists it under the row's {@code findings}.
     */
    public record RowFinding(String check, String kind, String severity, String message) {
        public RowFinding {
            requireNonNull(check, "check");
            requireNonNull(kind, "kind");
            requireNonNull(severity, "severity");
            requireNonNull(message, "message");
        }
    }

    /**
     * Writes the report, with the term QA findings of each changed target keyed by its segment id.
     */
    public void write(
            ImportResult result,
            Map<String, List<RowFinding>> findings,
            XliffWrite written,
            Path file) {
        new AtomicFile(file)
                .write(
                        out -> {
                            try (JsonGenerator json =
                                    JSON.createGenerator(out, JsonEncoding.UTF8)) {
                                json.useDefaultPrettyPrinter();
                                write(result, findings, written, json);
                            }
                        });
    }

    private static void write(
            ImportResult result,
            Map<String, List<RowFinding>> findings,
            XliffWrite written,
            JsonGenerator json)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeNumberField("version", VERSION);
        json.writeBooleanField("dryRun", written.dryRun());
        json.writeBooleanField("written", written.written());
        json.writeObjectFieldStart("counts");
        writeCountFields(result.counts(), json);
        json.writeEndObject();
        json.writeArrayFieldStart("rows");
        for (RowVerdict verdict : result.verdicts()) {
            writeVerdict(verdict, findings.getOrDefault(verdict.id(), List.of()), json);
        }
        json.writeEndArray();
        json.writeFieldName("sheetIssues");
        writeIssues(result.sheetIssues(), json);
        json.writeEndObject();
    }

    private static void writeVerdict(
            RowVerdict verdict, List<RowFinding> findings, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("location", verdict.location().toString());
        json.writeNumberField("row", verdict.location().row());
        json.writeStringField("segment", verdict.id());
        json.writeStringField("verdict", lower(verdict.outcome()));
        json.writeArrayFieldStart("changes");
        for (RowVerdict.Change change : verdict.changes()) {
            json.writeString(lower(change));
        }
        json.writeEndArray();
        if (verdict.state().isPresent()) {
            json.writeStringField("state", verdict.state().get().xliff12());
        }
        json.writeFieldName("issues");
        writeIssues(verdict.issues(), json);
        json.writeArrayFieldStart("findings");
        for (RowFinding entry : findings) {
            json.writeStartObject();
            json.writeStringField("check", entry.check());
            json.writeStringField("kind", entry.kind());
            json.writeStringField("severity", entry.severity());
            json.writeStringField("message", entry.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeIssues(List<ImportIssue> issues, JsonGenerator json)
            throws IOException {
        json.writeStartArray();
        for (ImportIssue issue : issues) {
            json.writeStartObject();
            json.writeStringField("location", issue.location().toString());
            json.writeStringField("kind", issue.kind());
            json.writeStringField("severity", lower(issue.severity()));
            json.writeStringField("message", issue.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The rows' counts as the fields of the JSON object being written (shared with {@code import
     * --json}).
     */
    public static void writeCountFields(Counts counts, JsonGenerator json) throws IOException {
        json.writeNumberField("applied", counts.applied());
        json.writeNumberField("unchanged", counts.unchanged());
        json.writeNumberField("empty", counts.empty());
        json.writeNumberField("rejected", counts.rejected());
        json.writeNumberField("conflicts", counts.conflicts());
        json.writeNumberField("warnings", counts.warnings());
    }
}
