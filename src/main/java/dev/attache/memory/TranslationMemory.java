package dev.attache.memory;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A translation memory as the flows use it: add pairs, look a sentence up (exact and fuzzy), find a
 * phrase (concordance), hand over every entry (export), count the entries. The project's memory is
 * a folder holding a local index ({@link ProjectMemory}), the embedded default; a store several
 * translators share (a database server) would be another implementation of this interface, opened
 * where {@link #open} opens the folder, without a change to the flows.
 *
 * <p>Look-ups may run from several threads at once; adding is not meant to run beside them.
 */
public interface TranslationMemory extends AutoCloseable {
    /** Whether {@code folder} holds a memory. */
    static boolean exists(Path folder) {
        return ProjectMemory.exists(folder);
    }

    /** The memory in {@code folder}, which must hold one. */
    static TranslationMemory open(Path folder) {
        return ProjectMemory.open(folder);
    }

    /** The memory in {@code folder}; a missing or empty folder is a new memory. */
    static TranslationMemory openOrCreate(Path folder) {
        return ProjectMemory.openOrCreate(folder);
    }

    /**
     * Adds the entries: a pair the memory holds already is left alone, a newer translation of a
     * source (same languages) replaces the older one, and of several entries with one key in {@code
     * entries} the last wins.
     */
    AddSummary add(Collection<MemoryEntry> entries);

    /**
     * The best entries of {@code languages} for {@code text}, scoring at least {@code minScore}, at
     * most {@code max}: exact matches first, then by score, then by source. A match is exact when
     * its source is the text with whitespace runs made one space; fuzzy ones score at most 99
     * ({@link FuzzyScore}). An entry of other primary languages never answers ({@code en→ru}
     * answers {@code en→ru-RU}).
     */
    List<MemoryMatch> lookup(String text, LanguagePair languages, int minScore, int max);

    /**
     * The entries from {@code sourceLang} (into {@code targetLang}, or any language when empty)
     * whose source, or with {@code inTarget} whose target, holds {@code phrase} in any of its
     * inflected forms ({@link PhraseFinder}).
     */
    List<ConcordanceLine> concordance(
            String phrase, Locale sourceLang, Optional<Locale> targetLang, boolean inTarget);

    /** Hands every entry to {@code each}, one at a time, without holding them all. */
    void export(Consumer<MemoryEntry> each);

    /** How many entries each language pair has, in the order of the pairs. */
    Map<LanguagePair, Integer> counts();

    /** Where the memory is, as the user named it ({@code tm/}). */
    Path location();

    @Override
    void close();
}
