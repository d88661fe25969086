package dev.attache.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.attache.Severity;
import dev.attache.flow.QaFlow;
import dev.attache.qa.QaCheck;
import dev.attache.qa.SegmentFinding;
import dev.attache.qa.TermFinding;
import dev.attache.qa.consistency.ConsistencyFinding;
import dev.attache.qa.consistency.Variant;
import dev.attache.qa.finding.QaFinding;
import dev.attache.qa.finding.TargetSpan;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a QA run as JSON ({@code attache qa --json}), in a stable shape, for one file:
 *
 * <pre>{@code
 * { "format": "attache-qa", "version": 1, "file": "xliff/x.en-ru.xlf", "glossary": "glossary/diplomatic-terms.tbx",
 *   "checks": ["terms", "numbers"], "checkedSegments": 27, "errors": 1, "warnings": 0,
 *   "byCheck": { "terms": { "errors": 1, "warnings": 0 }, "numbers": { "errors": 0, "warnings": 0 } },
 *   "findings": [ { "segment": "p5.s2", "unit": "p5", "check": "terms", "severity": "error",
 *                   "kind": "missing-term", "concept": "c12", "message": "…" },
 *                 { "segment": "p8.s3", "unit": "p8", "check": "numbers", "severity": "error",
 *                   "kind": "wrong-number", "start": 2, "end": 6, "message": "…" }, … ] }
 * }</pre>
 *
 * and for several, the totals and each file's object but the format and version:
 *
 * <pre>{@code
 * { "format": "attache-qa", "version": 1, "glossary": "…", "checks": […], "checkedSegments": 54, "errors": 1,
 *   "warnings": 1, "byCheck": { … },
 *   "files": [ { "file": "xliff/a.en-ru.xlf", "glossary": "…", "checks": […], … "findings": […] }, … ] }
 * }</pre>
 *
 * Findings in document order (in a segment, terms, numbers, then mechanical), then the consistency
 * findings; {@code glossary} is null when terms were not checked; {@code severity} is {@code error}
 * or {@code warning}; {@code kind} is {@code missing-term}, {@code too-few-occurrences} or {@code
 * deprecated-term} (with the {@code concept}), or {@code wrong-number}, {@code missing-number} or
 * {@code extra-number} (with the span {@code [start, end)} of what the target has, when it has
 * one), or {@code empty}, {@code same-as-source}, {@code doubled-word}, {@code whitespace}, {@code
 * punctuation} or {@code length} (with the span of the target concerned), or {@code
 * inconsistent-translation} or {@code shared-translation} (with the {@code text} shared and the
 * {@code variants}, each a {@code text} and its {@code places}). Fields may be added in a later
 * version; none is renamed or removed without raising {@code version}.
 */
public final class QaJsonWriter {
    public static final String FORMAT = "attache-qa";
    public static final int VERSION = 1;

    /**
     * Writes the results of one file in the one-file shape, of several in the several-file shape.
     */
    public void write(QaFlow.Run run, Writer out) {
        JsonPrinter.printDocument(
                out,
                FORMAT,
                VERSION,
                json -> {
                    if (run.files().size() == 1) {
                        writeFile(run.files().get(0), json);
                    } else {
                        writeTotals(run, json);
                    }
                });
    }

    private static void writeTotals(QaFlow.Run run, JsonGenerator json) throws IOException {
        json.writeStringField("glossary", run.glossary().map(g -> g.origin()).orElse(null));
        writeChecks(run.checks(), json);
        json.writeNumberField("checkedSegments", run.checkedSegments());
        json.writeNumberField("errors", run.count(Severity.ERROR));
        json.writeNumberField("warnings", run.count(Severity.WARNING));
        writeByCheck(
                run.checks(),
                run.files().stream().flatMap(f -> f.findings().stream()).toList(),
                json);
        json.writeArrayFieldStart("files");
        for (QaFlow.Result result : run.files()) {
            json.writeStartObject();
            writeFile(result, json);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeFile(QaFlow.Result result, JsonGenerator json) throws IOException {
        json.writeStringField("file", JsonPrinter.path(result.file()));
        json.writeStringField("glossary", result.glossary().map(g -> g.origin()).orElse(null));
        writeChecks(result.checks(), json);
        json.writeNumberField("checkedSegments", result.checkedSegments());
        json.writeNumberField("errors", result.count(Severity.ERROR));
        json.writeNumberField("warnings", result.count(Severity.WARNING));
        writeByCheck(result.checks(), result.findings(), json);
        json.writeArrayFieldStart("findings");
        for (SegmentFinding finding : result.findings()) {
            writeFinding(finding, json);
        }
        json.writeEndArray();
    }

    private static void writeChecks(Set<QaCheck> checks, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("checks");
        for (QaCheck check : QaCheck.values()) {
            if (checks.contains(check)) {
                json.writeString(check.id());
            }
        }
        json.writeEndArray();
    }

    /**
     * The errors and warnings of each check run, in the checks' order: {@code "byCheck":
     * {"numbers": {…}, …}}.
     */
    private static void writeByCheck(
            Set<QaCheck> checks, List<SegmentFinding> findings, JsonGenerator json)
            throws IOException {
        json.writeObjectFieldStart("byCheck");
        for (QaCheck check : QaCheck.values()) {
            if (checks.contains(check)) {
                json.writeObjectFieldStart(check.id());
                for (Severity severity : Severity.values()) {
                    json.writeNumberField(
                            severity.word() + "s",
                            findings.stream()
                                    .filter(
                                            f ->
                                                    f.finding().check().equals(check.id())
                                                            && f.finding().severity() == severity)
                                    .count());
                }
                json.writeEndObject();
            }
        }
        json.writeEndObject();
    }

    private static void writeFinding(SegmentFinding finding, JsonGenerator json)
            throws IOException {
        json.writeStartObject();
        writePlaceAndFindingFields(finding, json);
        json.writeEndObject();
    }

    /** The segment and unit of a finding, then its fields: what every shape writes of a finding. */
    static void writePlaceAndFindingFields(SegmentFinding finding, JsonGenerator json)
            throws IOException {
        json.writeStringField("segment", finding.segment().toString());
        json.writeStringField("unit", finding.segment().unitId());
        writeFindingFields(finding.finding(), json);
    }

    /**
     * The fields of a finding of any check: its check, severity and kind, the concept of a term
     * finding, the target span where the finding has one, the variants of a consistency finding,
     * and the message.
     */
    private static void writeFindingFields(QaFinding finding, JsonGenerator json)
            throws IOException {
        json.writeStringField("check", finding.check());
        json.writeStringField("severity", finding.severity().word());
        json.writeStringField("kind", finding.kind());
        if (finding instanceof TermFinding term) {
            json.writeStringField("concept", term.conceptId());
        }
        Optional<TargetSpan> span = finding.span();
        if (span.isPresent()) {
            json.writeNumberField("start", span.get().start());
            json.writeNumberField("end", span.get().end());
        }
        if (finding instanceof ConsistencyFinding consistency) {
            writeVariants(consistency, json);
        }
        json.writeStringField("message", finding.message());
    }

    private static void writeVariants(ConsistencyFinding finding, JsonGenerator json)
            throws IOException {
        json.writeStringField("text", finding.text());
        json.writeArrayFieldStart("variants");
        for (Variant variant : finding.variants()) {
            json.writeStartObject();
            json.writeStringField("text", variant.text());
            json.writeArrayFieldStart("places");
            for (String place : variant.places()) {
                json.writeString(place);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
