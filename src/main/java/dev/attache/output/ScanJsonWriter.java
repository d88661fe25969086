package dev.attache.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.attache.flow.GlossaryScan;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a glossary scan as JSON ({@code attache glossary scan --json}), in a stable shape:
 *
 * <pre>{@code
 * { "format": "attache-glossary-scan", "version": 2, "file": "transcripts/x.en.txt",
 *   "glossary": "glossary/diplomatic-terms.tbx", "scannedParts": 12, "targetLanguage": "ru",
 *   "hits": [ { "unit": "p5", "start": 10, "end": 31, "text": "allied interaction", "concept": "c12",
 *               "rendering": "союзническое взаимодействие" }, … ] }
 * }</pre>
 *
 * {@code unit} is a paragraph ({@code p5}); in an XLIFF file, {@code segment} names the source
 * segment ({@code p5.s2}) before it, as in every other shape (version 1 had {@code place} for
 * either); {@code [start, end)} are character offsets (UTF-16 units) in the paragraph's or the
 * segment's text. {@code targetLanguage} and every {@code rendering} are there only with {@code -t
 * LANG}; {@code rendering} is {@code null} when the concept has no term in that language. Hits in
 * text order. Fields may be added in a later version; none is renamed or removed without raising
 * {@code version}.
 */
public final class ScanJsonWriter {
    public static final String FORMAT = "attache-glossary-scan";
    public static final int VERSION = 2;

    /** One file's scan in the one-file shape; several files' in the several-file shape. */
    public void write(Map<Path, GlossaryScan.Result> scans, Optional<Locale> target, Writer out) {
        JsonPrinter.printDocument(
                out,
                FORMAT,
                VERSION,
                json -> {
                    if (scans.size() == 1) {
                        Map.Entry<Path, GlossaryScan.Result> scan =
                                scans.entrySet().iterator().next();
                        json.writeStringField("file", JsonPrinter.path(scan.getKey()));
                        json.writeStringField("glossary", scan.getValue().glossary().origin());
                        json.writeNumberField("scannedParts", scan.getValue().scannedParts());
                        writeTarget(target, json);
                        writeHits(scan.getValue(), target, json);
                    } else {
                        json.writeStringField(
                                "glossary", scans.values().iterator().next().glossary().origin());
                        writeTarget(target, json);
                        json.writeArrayFieldStart("files");
                        for (Map.Entry<Path, GlossaryScan.Result> scan : scans.entrySet()) {
                            json.writeStartObject();
                            json.writeStringField("file", JsonPrinter.path(scan.getKey()));
                            json.writeNumberField("scannedParts", scan.getValue().scannedParts());
                            writeHits(scan.getValue(), target, json);
                            json.writeEndObject();
                        }
                        json.writeEndArray();
                    }
                });
    }

    private static void writeTarget(Optional<Locale> target, JsonGenerator json)
            throws IOException {
        if (target.isPresent()) {
            json.writeStringField("targetLanguage", target.get().toLanguageTag());
        }
    }

    private static void writeHits(
            GlossaryScan.Result result, Optional<Locale> target, JsonGenerator json)
            throws IOException {
        json.writeArrayFieldStart("hits");
        for (GlossaryScan.PlacedHit placed : result.hits()) {
            json.writeStartObject();
            if (placed.segment().isPresent()) {
                json.writeStringField("segment", placed.segment().get());
            }
            json.writeStringField("unit", placed.unit());
            json.writeNumberField("start", placed.hit().start());
            json.writeNumberField("end", placed.hit().end());
            json.writeStringField("text", placed.hit().matchedText());
            json.writeStringField("concept", placed.hit().conceptId());
            if (target.isPresent()) {
                json.writeStringField(
                        "rendering",
                        result.renderingIfAny(placed, target.get().getLanguage()).orElse(null));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
