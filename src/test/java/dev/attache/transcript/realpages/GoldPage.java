package dev.attache.transcript.realpages;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A real page of the corpus ({@code src/test/resources/realpages/<site>/<slug>.txt}) and its gold
 * annotations, as written by hand in {@code <slug>.gold.json} (the format is described in the
 * corpus's README).
 */
record GoldPage(
        Path text,
        String site,
        String kind,
        Optional<String> title,
        Optional<String> dateline,
        List<String> chrome,
        List<Label> labels,
        List<String> segments) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOLD = ".gold.json";

    /**
     * A speaker-turn label as the gold gives it: its text without the colon, and its person (none
     * for a role).
     */
    record Label(String label, Optional<String> person) {
        Label {
            requireNonNull(label, "label");
            requireNonNull(person, "person");
        }

        /**
         * {@code President of Russia Vladimir Putin | Vladimir Putin}: for counting and messages.
         */
        String key() {
            return label + " | " + person.orElse("-");
        }
    }

    GoldPage {
        requireNonNull(text, "text");
        requireNonNull(site, "site");
        requireNonNull(kind, "kind");
        chrome = List.copyOf(chrome);
        labels = List.copyOf(labels);
        segments = List.copyOf(segments);
        if (!Files.isRegularFile(text)) {
            throw new IllegalArgumentException("the gold page has no text file " + text);
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException(text + ": the gold has no segment");
        }
    }

    /** The page whose gold is {@code goldFile}. */
    static GoldPage read(Path goldFile) {
        String name = goldFile.getFileName().toString();
        Path text =
                goldFile.resolveSibling(name.substring(0, name.length() - GOLD.length()) + ".txt");
        try {
            JsonNode gold = JSON.readTree(goldFile.toFile());
            List<Label> labels = new ArrayList<>();
            for (JsonNode label : gold.path("labels")) {
                labels.add(new Label(label.get("label").asText(), optional(label.get("person"))));
            }
            return new GoldPage(
                    text,
                    gold.get("site").asText(),
                    gold.get("kind").asText(),
                    optional(gold.get("title")),
                    optional(gold.get("dateline")),
                    strings(gold.path("chrome")),
                    labels,
                    strings(gold.path("segments")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gold " + goldFile, e);
        }
    }

    /** Every gold file under {@code corpus}, in path order. */
    static List<Path> goldFiles(Path corpus) {
        try (var files = Files.walk(corpus)) {
            return files.filter(f -> f.getFileName().toString().endsWith(GOLD)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String slug() {
        return site + "/" + text.getFileName();
    }

    private static Optional<String> optional(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asText().strip()));
        return strings;
    }
}
