package dev.attache.memory;

import java.util.ArrayList;
import java.util.List;

/** What tests read a memory back as: every entry, held at once (for small memories). */
public final class MemoryContents {
    private MemoryContents() {}

    /** Every entry of {@code memory}, in the order it exports them. */
    public static List<MemoryEntry> of(TranslationMemory memory) {
        List<MemoryEntry> entries = new ArrayList<>();
        memory.export(entries::add);
        return entries;
    }
}
