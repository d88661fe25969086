package dev.attache.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.attache.flow.ImportFlow;
import dev.attache.flow.TmAddFlow;
import dev.attache.qa.SegmentFinding;
import dev.attache.reimport.ImportIssue;
import dev.attache.reimport.ImportReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes what an import did as JSON ({@code attache import --json}), in a stable shape:
 *
 * <pre>{@code
 * { "format": "attache-import", "version": 2, "worksheet": "worksheets/x.en-ru.xlsx", "xliff": "xliff/x.en-ru.xlf",
 *   "dryRun": false, "written": true, "glossaryChanged": false,
 *   "counts": { "applied": 3, "unchanged": 20, "empty": 4, "rejected": 1, "conflicts": 0, "warnings": 0,
 *               "findings": 1 },
 *   "issues": [ { "location": "x.en-ru.xlsx!en-ru:14", "kind": "source-edited", "severity": "error",
 *                 "message": "…" }, … ],
 *   "findings": [ { "location": "x.en-ru.xlsx!en-ru:9", "segment": "p5.s2", "unit": "p5", "check": "terms",
 *                   "severity": "error", "kind": "missing-term", "concept": "c12", "message": "…" }, … ],
 *   "memory": { "folder": "tm", "added": 3, "replaced": 0, "unchanged": 0, "keptOutNeedsReview": 1,
 *               "keptOutQaErrors": 0 } }
 * }</pre>
 *
 * {@code issues} are the rows' and the sheet's problems in sheet order (severity {@code error}
 * rejects a row, {@code warning} goes with an imported one); {@code findings} are the QA findings
 * on the targets that changed and those an exact memory match filled in, at their row, with the
 * fields of {@code attache qa --json}'s findings. Version 2 named them {@code findings} ({@code
 * qaFindings} in version 1, in {@code counts} too) and gave each its {@code unit}. {@code memory}
 * is {@code null} when nothing went into a memory ({@code --no-tm}, a dry run, nothing written);
 * its {@code keptOutNeedsReview} and {@code keptOutQaErrors} count the changed rows kept out of it
 * (not marked Translated or Final; with a QA error). The per-row verdicts are in the {@code
 * --report FILE.json} report. Fields may be added in a later version; none is renamed or removed
 * without raising {@code version}.
 */
public final class ImportJsonWriter {
    public static final String FORMAT = "attache-import";
    public static final int VERSION = 2;

    public void write(ImportFlow.Request request, ImportFlow.Result result, Writer out) {
        JsonPrinter.printDocument(
                out,
                FORMAT,
                VERSION,
                json -> {
                    json.writeStringField("worksheet", JsonPrinter.path(request.worksheet()));
                    json.writeStringField("xliff", JsonPrinter.path(result.xliff()));
                    json.writeBooleanField("dryRun", request.dryRun());
                    json.writeBooleanField("written", result.written());
                    json.writeBooleanField("glossaryChanged", result.glossaryChanged());
                    writeCounts(result, json);
                    json.writeArrayFieldStart("issues");
                    for (ImportIssue issue : result.reconciled().issues()) {
                        json.writeStartObject();
                        json.writeStringField("location", issue.location().toString());
                        json.writeStringField("kind", issue.kind());
                        json.writeStringField(
                                "severity", issue.severity().name().toLowerCase(Locale.ROOT));
                        json.writeStringField("message", issue.message());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    writeQaFindings(result, json);
                    writeMemory(result.memory(), json);
                });
    }

    private static void writeCounts(ImportFlow.Result result, JsonGenerator json)
            throws IOException {
        json.writeObjectFieldStart("counts");
        ImportReportWriter.writeCountFields(result.reconciled().counts(), json);
        json.writeNumberField("findings", result.qaFindings().size());
        json.writeEndObject();
    }

    private static void writeQaFindings(ImportFlow.Result result, JsonGenerator json)
            throws IOException {
        Map<String, String> rows = result.rowsOfSegments();
        json.writeArrayFieldStart("findings");
        for (SegmentFinding finding : result.qaFindings()) {
            json.writeStartObject();
            json.writeStringField(
                    "location",
                    rows.getOrDefault(
                            finding.segment().toString(), JsonPrinter.path(result.xliff())));
            QaJsonWriter.writePlaceAndFindingFields(finding, json);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeMemory(Optional<TmAddFlow.Result> memory, JsonGenerator json)
            throws IOException {
        json.writeFieldName("memory");
        if (memory.isEmpty()) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("folder", JsonPrinter.path(memory.get().memory()));
        json.writeNumberField("added", memory.get().summary().added());
        json.writeNumberField("replaced", memory.get().summary().replaced());
        json.writeNumberField("unchanged", memory.get().summary().unchanged());
        json.writeNumberField("keptOutNeedsReview", memory.get().keptOut().needsReview());
        json.writeNumberField("keptOutQaErrors", memory.get().keptOut().qaErrors());
        json.writeEndObject();
    }
}
