package dev.attache;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A data file shipped in the jar (a lexicon, a list of patterns or forms, one entry a line, its
 * cells separated by tabs): its rows, blank lines and lines opening with {@code #} left out.
 */
public record DataFile(String resource, List<Row> rows) {
    public DataFile {
        requireNonNull(resource, "resource");
        rows = List.copyOf(rows);
    }

    /** A row: its line number in the file (from 1) and its text. */
    public record Row(int line, String text) {
        public Row {
            requireNonNull(text, "text");
        }
    }

    /** The file {@code resource} beside {@code owner} on the class path, which must be there. */
    public static DataFile read(Class<?> owner, String resource) {
        return find(owner, resource)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        resource + " is missing from the class path"));
    }

    /** The file {@code resource} beside {@code owner} on the class path, if it is there. */
    public static Optional<DataFile> find(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            List<Row> rows = new ArrayList<>();
            int number = 0;
            for (String line :
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(number, line));
                }
            }
            return Optional.of(new DataFile(resource, rows));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }
}
