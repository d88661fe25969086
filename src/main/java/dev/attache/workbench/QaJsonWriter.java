package dev.attache.workbench;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.attache.JsonPrinter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes a term QA run as JSON ({@code attache qa --json}), in a stable shape:
 * <pre>{@code
 * { "format": "attache-qa", "version": 1, "file": "xliff/x.en-ru.xlf", "glossary": "glossary/diplomatic-terms.tbx",
 *   "checkedSegments": 27, "errors": 1, "warnings": 0,
 *   "findings": [ { "segment": "p5.s2", "unit": "p5", "severity": "error", "kind": "missing-term",
 *                   "concept": "c12", "message": "…" }, … ] }
 * }</pre>
 * Findings in document order; {@code severity} is {@code error} or {@code warning}; {@code kind} is
 * {@code missing-term}, {@code too-few-occurrences} or {@code deprecated-term}. Fields may be added in a later
 * version; none is renamed or removed without raising {@code version}.
 */
public final class QaJsonWriter {
    public static final String FORMAT = "attache-qa";
    public static final int VERSION = 1;

    public void write(Path xliff, QaFlow.Result result, Writer out) {
        JsonPrinter.print(out, json -> {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeStringField("file", JsonPrinter.path(xliff));
            json.writeStringField("glossary", result.glossary().origin());
            json.writeNumberField("checkedSegments", result.checkedSegments());
            json.writeNumberField("errors", count(result, "error"));
            json.writeNumberField("warnings", count(result, "warning"));
            json.writeArrayFieldStart("findings");
            for (SegmentFinding finding : result.findings()) {
                writeFinding(finding, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static long count(QaFlow.Result result, String severity) {
        return result.findings().stream().filter(f -> f.finding().severity().word().equals(severity)).count();
    }

    private static void writeFinding(SegmentFinding finding, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("segment", finding.segment().toString());
        json.writeStringField("unit", finding.segment().unitId());
        json.writeStringField("severity", finding.finding().severity().word());
        json.writeStringField("kind", finding.finding().kind());
        json.writeStringField("concept", finding.finding().conceptId());
        json.writeStringField("message", finding.finding().message());
        json.writeEndObject();
    }
}
