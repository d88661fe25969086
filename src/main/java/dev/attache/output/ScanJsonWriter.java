package dev.attache.output;

import dev.attache.flow.GlossaryScan;

import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a glossary scan as JSON ({@code attache glossary scan --json}), in a stable shape:
 * <pre>{@code
 * { "format": "attache-glossary-scan", "version": 1, "file": "transcripts/x.en.txt",
 *   "glossary": "glossary/diplomatic-terms.tbx", "scannedParts": 12, "targetLanguage": "ru",
 *   "hits": [ { "place": "p5", "start": 10, "end": 31, "text": "allied interaction", "concept": "c12",
 *               "rendering": "союзническое взаимодействие" }, … ] }
 * }</pre>
 * {@code place} is a paragraph ({@code p5}) of a transcript or a source segment ({@code p5.s2}) of an XLIFF file;
 * {@code [start, end)} are character offsets (UTF-16 units) in its text. {@code targetLanguage} and every
 * {@code rendering} are there only with {@code -t LANG}; {@code rendering} is {@code null} when the concept has no term
 * in that language. Hits in text order. Fields may be added in a later version; none is renamed or removed without
 * raising {@code version}.
 */
public final class ScanJsonWriter {
    public static final String FORMAT = "attache-glossary-scan";
    public static final int VERSION = 1;

    public void write(Path file, GlossaryScan.Result result, Optional<Locale> target, Writer out) {
        JsonPrinter.print(out, json -> {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeStringField("file", JsonPrinter.path(file));
            json.writeStringField("glossary", result.glossary().origin());
            json.writeNumberField("scannedParts", result.scannedParts());
            if (target.isPresent()) {
                json.writeStringField("targetLanguage", target.get().toLanguageTag());
            }
            json.writeArrayFieldStart("hits");
            for (GlossaryScan.PlacedHit placed : result.hits()) {
                json.writeStartObject();
                json.writeStringField("place", placed.place());
                json.writeNumberField("start", placed.hit().start());
                json.writeNumberField("end", placed.hit().end());
                json.writeStringField("text", placed.hit().matchedText());
                json.writeStringField("concept", placed.hit().conceptId());
                if (target.isPresent()) {
                    json.writeStringField("rendering", result.renderingIfAny(placed, target.get().getLanguage())
                            .orElse(null));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }
}
