package dev.attache.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Prints one JSON document (Jackson's streaming generator), pretty, ending with a line break, to a
 * writer left open: the one way every {@code --json} output is written.
 */
public final class JsonPrinter {
    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** What writes the document's content. */
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonPrinter() {}

    public static void print(Writer out, Body body) {
        try {
            try (JsonGenerator json = JSON.createGenerator(out)) {
                json.useDefaultPrettyPrinter();
                body.write(json);
            }
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints one document of a {@code --json} shape: an object that opens with its {@code format}
     * and {@code version} (the envelope every shape shares), then what {@code fields} writes.
     */
    public static void printDocument(Writer out, String format, int version, Body fields) {
        print(
                out,
                json -> {
                    json.writeStartObject();
                    json.writeStringField("format", format);
                    json.writeNumberField("version", version);
                    fields.write(json);
                    json.writeEndObject();
                });
    }

    /** A path as given, with forward slashes. */
    public static String path(Path path) {
        return path.toString().replace('\\', '/');
    }
}
