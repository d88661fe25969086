package dev.attache.output;

import dev.attache.memory.LanguagePair;
import dev.attache.memory.MemoryMatch;
import java.io.Writer;
import java.util.List;

/**
 * A lookup's answer as JSON ({@code tm lookup --json}), a stable shape: {@code {"format":
 * "attache-tm-lookup", "version": 1, "query": …, "sourceLanguage": "en", "targetLanguage": "ru",
 * "matches": [{"score": 100, "exact": true, "source": …, "target": …, "file": …, "creator": …,
 * "created": "2024-05-06T07:08:09Z"}]}}, best match first.
 */
public final class LookupJsonWriter {
    public static final String FORMAT = "attache-tm-lookup";
    public static final int VERSION = 1;

    /**
     * Writes the answer, pretty-printed and ending with a line break, to {@code out} (left open).
     */
    public void write(String query, LanguagePair languages, List<MemoryMatch> matches, Writer out) {
        JsonPrinter.printDocument(
                out,
                FORMAT,
                VERSION,
                json -> {
                    json.writeStringField("query", query);
                    json.writeStringField("sourceLanguage", languages.source().toLanguageTag());
                    json.writeStringField("targetLanguage", languages.target().toLanguageTag());
                    json.writeArrayFieldStart("matches");
                    for (MemoryMatch match : matches) {
                        json.writeStartObject();
                        json.writeNumberField("score", match.score());
                        json.writeBooleanField("exact", match.exact());
                        json.writeStringField("source", match.entry().source());
                        json.writeStringField("target", match.entry().target());
                        json.writeStringField("file", match.entry().file());
                        json.writeStringField("creator", match.entry().creator());
                        json.writeStringField("created", match.entry().created().toString());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                });
    }
}
