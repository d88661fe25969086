package dev.attache.memory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Adds the shipped transcript (27 pairs) to a new memory and runs 1,000 lookups (half of them
 * repeated).
 */
public final class ProjectMemoryBenchmark {
    private ProjectMemoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("memory-benchmark");
        List<MemoryEntry> entries = ProjectMemoryTest.translated(dir, "ru");
        long start = System.nanoTime();
        try (ProjectMemory memory = ProjectMemory.openOrCreate(dir.resolve("tm"))) {
            memory.add(entries);
            long added = System.nanoTime();
            int found = 0;
            for (int i = 0; i < 1000; i++) {
                String source = entries.get(i % entries.size()).source();
                String text = i % 2 == 0 ? source : source + " " + i;
                found += memory.lookup(text, ProjectMemoryTest.EN_RU, 75, 3).size();
            }
            long looked = System.nanoTime();
            System.out.printf(
                    "add %d pairs: %d ms; 1,000 lookups (500 distinct fuzzy, 27 distinct exact): %d ms, %d "
                            + "matches%n",
                    entries.size(),
                    (added - start) / 1_000_000,
                    (looked - added) / 1_000_000,
                    found);
        }
    }
}
