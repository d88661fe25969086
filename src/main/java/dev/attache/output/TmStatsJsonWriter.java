package dev.attache.output;

import dev.attache.memory.LanguagePair;
import java.io.Writer;
import java.util.Map;

/**
 * The memory's counts as JSON ({@code tm stats --json}), a stable shape: {@code {"format":
 * "attache-tm-stats", "version": 1, "pairs": [{"sourceLanguage": "en", "targetLanguage": "ru",
 * "entries": 27}], "total": 27}}, the pairs in the order of {@link LanguagePair}.
 */
public final class TmStatsJsonWriter {
    public static final String FORMAT = "attache-tm-stats";
    public static final int VERSION = 1;

    /**
     * Writes the counts, pretty-printed and ending with a line break, to {@code out} (left open).
     */
    public void write(Map<LanguagePair, Integer> counts, Writer out) {
        JsonPrinter.printDocument(
                out,
                FORMAT,
                VERSION,
                json -> {
                    json.writeArrayFieldStart("pairs");
                    for (Map.Entry<LanguagePair, Integer> pair : counts.entrySet()) {
                        json.writeStartObject();
                        json.writeStringField(
                                "sourceLanguage", pair.getKey().source().toLanguageTag());
                        json.writeStringField(
                                "targetLanguage", pair.getKey().target().toLanguageTag());
                        json.writeNumberField("entries", pair.getValue());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeNumberField(
                            "total", counts.values().stream().mapToInt(Integer::intValue).sum());
                });
    }
}
