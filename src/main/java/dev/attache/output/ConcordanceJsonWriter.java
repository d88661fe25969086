package dev.attache.output;

import dev.attache.memory.ConcordanceLine;
import dev.attache.memory.PhraseFinder;
import java.io.Writer;
import java.util.List;

/**
 * A concordance as JSON ({@code tm concordance --json}), a stable shape: {@code {"format":
 * "attache-tm-concordance", "version": 1, "phrase": …, "side": "source", "entries": [{"source": …,
 * "target": …, "sourceLanguage": "en", "targetLanguage": "ru", "hits": [{"start": 41, "end": 60}],
 * "file": …, "creator": …, "created": "2024-05-06T07:08:09Z"}]}}; the hits are offsets (UTF-16, end
 * exclusive) in the side searched.
 */
public final class ConcordanceJsonWriter {
    public static final String FORMAT = "attache-tm-concordance";
    public static final int VERSION = 1;

    /**
     * Writes the concordance, pretty-printed and ending with a line break, to {@code out} (left
     * open).
     */
    public void write(String phrase, boolean inTarget, List<ConcordanceLine> lines, Writer out) {
        JsonPrinter.printDocument(
                out,
                FORMAT,
                VERSION,
                json -> {
                    json.writeStringField("phrase", phrase);
                    json.writeStringField("side", inTarget ? "target" : "source");
                    json.writeArrayFieldStart("entries");
                    for (ConcordanceLine line : lines) {
                        json.writeStartObject();
                        json.writeStringField("source", line.entry().source());
                        json.writeStringField("target", line.entry().target());
                        json.writeStringField(
                                "sourceLanguage",
                                line.entry().languages().source().toLanguageTag());
                        json.writeStringField(
                                "targetLanguage",
                                line.entry().languages().target().toLanguageTag());
                        json.writeArrayFieldStart("hits");
                        for (PhraseFinder.Span hit : line.hits()) {
                            json.writeStartObject();
                            json.writeNumberField("start", hit.start());
                            json.writeNumberField("end", hit.end());
                            json.writeEndObject();
                        }
                        json.writeEndArray();
                        json.writeStringField("file", line.entry().file());
                        json.writeStringField("creator", line.entry().creator());
                        json.writeStringField("created", line.entry().created().toString());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                });
    }
}
