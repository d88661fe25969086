package dev.attache.memory;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code <tu>} of a TMX file: its id ({@code tuid}), languages, source and target texts, and
 * its {@code prop}s in the order they are written ({@code creationid}, {@code creationdate}, {@code
 * x-file}, …).
 */
public record TmxUnit(
        String id,
        LanguagePair languages,
        String source,
        String target,
        Map<String, String> props) {
    public TmxUnit {
        requireNonNull(id, "id");
        requireNonNull(languages, "languages");
        requireNonNull(source, "source");
        requireNonNull(target, "target");
        props = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(props));
        if (id.isBlank()) {
            throw new IllegalArgumentException("a TMX unit needs an id");
        }
    }

    /**
     * A memory entry as TMX: its key as id, who added it and when, and the file it came from, if
     * known.
     */
    public static TmxUnit of(MemoryEntry entry) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("creationid", entry.creator());
        props.put("creationdate", TmxWriter.date(entry.created()));
        if (!entry.file().isEmpty()) {
            props.put("x-file", entry.file());
        }
        return new TmxUnit(
                MemoryRecords.key(entry.languages(), entry.source()),
                entry.languages(),
                entry.source(),
                entry.target(),
                props);
    }
}
