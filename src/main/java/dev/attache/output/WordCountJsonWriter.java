package dev.attache.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.attache.deliver.DocumentWordCount;
import dev.attache.deliver.FileWordCount;
import dev.attache.deliver.GmxWordCounter;
import dev.attache.deliver.LanguagePairTotal;
import dev.attache.deliver.WordCountReport;
import dev.attache.deliver.WordTally;
import dev.attache.model.State;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes a word count report as JSON ({@code attache stats --json}), in a stable shape:
 *
 * <pre>{@code
 * { "format": "attache-stats", "version": 1,
 *   "files": [ { "file": "xliff/x.en-ru.xlf", "sourceLanguage": "en", "targetLanguage": "ru",
 *                "wordCounter": "GMX-V",
 *                "total": { "segments": 27, "sourceWords": 532, "targetWords": 0 },
 *                "byState": { "new": {…}, "translated": {…}, "needs-review": {…}, "final": {…} },
 *                "byKind": { "title": {…}, "dateline": {…}, "salutation": {…}, "body": {…} } }, … ],
 *   "totals": [ { "sourceLanguage": "en", "targetLanguage": "ru", "files": 1, "wordCounter": "GMX-V",
 *                 "total": {…}, "byState": {…}, "byKind": {…} }, … ] }
 * }</pre>
 *
 * Every {@code {…}} is {@code {"segments": n, "sourceWords": n, "targetWords": n}}. Only the
 * segments of translatable units count. {@code byState} always holds the four states, in this
 * order, zeros included; {@code byKind} holds the paragraph kinds in the order they first appear.
 * {@code totals} has one entry per language pair, in the order the pairs first appear among the
 * files. Languages are BCP 47 tags; {@code file} is the path as given. Fields may be added in a
 * later version; none is renamed or removed without raising {@code version}.
 */
public final class WordCountJsonWriter {
    public static final String FORMAT = "attache-stats";
    public static final int VERSION = 1;

    /**
     * Writes the report, pretty-printed and ending with a line break, to {@code out} (left open).
     */
    public void write(WordCountReport report, Writer out) {
        JsonPrinter.printDocument(out, FORMAT, VERSION, json -> write(report, json));
    }

    /**
     * The key of a state in {@code byState}: {@code new}, {@code translated}, {@code needs-review},
     * {@code final}.
     */
    private static String key(State state) {
        return switch (state) {
            case NEW -> "new";
            case TRANSLATED -> "translated";
            case NEEDS_REVIEW -> "needs-review";
            case FINAL -> "final";
        };
    }

    private static void write(WordCountReport report, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("files");
        for (FileWordCount file : report.files()) {
            json.writeStartObject();
            json.writeStringField("file", JsonPrinter.path(file.file()));
            writeLanguages(file.count(), json);
            json.writeStringField("wordCounter", GmxWordCounter.NAME);
            writeFigures(file.count(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("totals");
        for (LanguagePairTotal total : report.totals()) {
            json.writeStartObject();
            writeLanguages(total.count(), json);
            json.writeNumberField("files", total.files());
            json.writeStringField("wordCounter", GmxWordCounter.NAME);
            writeFigures(total.count(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeLanguages(DocumentWordCount count, JsonGenerator json)
            throws IOException {
        json.writeStringField("sourceLanguage", count.sourceLang().toLanguageTag());
        json.writeStringField("targetLanguage", count.targetLang().toLanguageTag());
    }

    private static void writeFigures(DocumentWordCount count, JsonGenerator json)
            throws IOException {
        json.writeFieldName("total");
        writeTally(count.total(), json);
        json.writeObjectFieldStart("byState");
        for (Map.Entry<State, WordTally> entry : count.byState().entrySet()) {
            json.writeFieldName(key(entry.getKey()));
            writeTally(entry.getValue(), json);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("byKind");
        for (Map.Entry<String, WordTally> entry : count.byKind().entrySet()) {
            json.writeFieldName(entry.getKey());
            writeTally(entry.getValue(), json);
        }
        json.writeEndObject();
    }

    private static void writeTally(WordTally tally, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("segments", tally.segments());
        json.writeNumberField("sourceWords", tally.sourceWords());
        json.writeNumberField("targetWords", tally.targetWords());
        json.writeEndObject();
    }
}
