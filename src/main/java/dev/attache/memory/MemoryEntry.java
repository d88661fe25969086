package dev.attache.memory;

import static java.util.Objects.requireNonNull;

import dev.attache.model.SegmentPair;
import dev.attache.model.TranslationDocument;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One translated pair in the memory: its source and target text, their languages, who added it (the
 * OS user name, or {@code attache}), when (to the second), and the file it came from ({@code
 * x.en-ru.xlf}).
 */
public record MemoryEntry(
        String source,
        String target,
        LanguagePair languages,
        String creator,
        Instant created,
        String file) {
    public MemoryEntry {
        requireNonNull(source, "source");
        requireNonNull(target, "target");
        requireNonNull(languages, "languages");
        requireNonNull(creator, "creator");
        requireNonNull(created, "created");
        requireNonNull(file, "file");
        if (source.isBlank() || target.isBlank()) {
            throw new IllegalArgumentException(
                    "a memory entry needs a source and a target: '"
                            + source
                            + "', '"
                            + target
                            + "'");
        }
        created = created.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Whose name goes on new entries: the user's, or {@code attache} when the system does not say.
     */
    public static String currentCreator() {
        String user = System.getProperty("user.name", "");
        return user.isBlank() ? "attache" : user.strip();
    }

    /**
     * The translated segment pairs of the translatable units of {@code document} ({@link
     * SegmentPair#isTranslated()}), as entries from {@code file}, added by {@code creator} at
     * {@code created}.
     */
    public static List<MemoryEntry> translatedPairs(
            TranslationDocument document, String file, String creator, Instant created) {
        LanguagePair languages = new LanguagePair(document.sourceLang(), document.targetLang());
        return document.translatableSegments()
                .filter(SegmentPair::isTranslated)
                .map(
                        s ->
                                new MemoryEntry(
                                        s.source(), s.target(), languages, creator, created, file))
                .toList();
    }
}
