package dev.attache.flow;

import dev.attache.memory.LanguagePair;
import dev.attache.memory.TranslationMemory;
import java.nio.file.Path;
import java.util.Map;

/** The {@code tm stats} flow: how many entries the project memory has per language pair. */
public final class TmStatsFlow {
    public Map<LanguagePair, Integer> run(Path memory) {
        try (TranslationMemory tm = TranslationMemory.open(memory)) {
            return tm.counts();
        }
    }
}
