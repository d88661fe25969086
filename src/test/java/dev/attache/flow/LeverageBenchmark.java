package dev.attache.flow;

import dev.attache.bench.CorpusGenerator;
import dev.attache.memory.LeverageCounts;
import dev.attache.memory.Leverager;
import dev.attache.memory.MemoryEntry;
import dev.attache.memory.ProjectMemory;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.transcript.TranscriptOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Leverage at scale: a memory of 50,000 entries (the translated sentences of a generated corpus),
 * then a new generated transcript of 100,000 words (another seed) segmented, then looked up in it
 * through {@link Leverager} (what {@code segment} and {@code prepare} do after segmenting). Run by
 * hand: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.attache.flow.LeverageBenchmark}.
 */
public final class LeverageBenchmark {
    private static final int ENTRIES = 50_000;
    private static final long NEW_WORDS = 100_000;

    /**
     * The generator repeats itself: 1.1 million words give some 38,500 distinct sentences, 2.5
     * million over 50,000.
     */
    private static final long CORPUS_WORDS = 2_500_000;

    private LeverageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("leverage-benchmark");
        long t0 = System.nanoTime();
        Path corpus = dir.resolve("corpus.en.txt");
        long corpusWords = new CorpusGenerator(CorpusGenerator.SEED).write(CORPUS_WORDS, corpus);
        TranslationDocument old =
                TranslatedFixture.filled(
                        plan(corpus, dir, new MemoryChoice.None()).document(),
                        s -> TranslatedFixture.translationOf(s, "ru"),
                        State.TRANSLATED);
        Map<String, MemoryEntry> distinct = new LinkedHashMap<>();
        for (MemoryEntry e :
                MemoryEntry.translatedPairs(old, "corpus.en-ru.xlf", "bench", Instant.now())) {
            if (distinct.size() < ENTRIES) {
                distinct.putIfAbsent(e.source(), e);
            }
        }
        long t1 = System.nanoTime();
        Path tm = dir.resolve("tm");
        try (ProjectMemory memory = ProjectMemory.openOrCreate(tm)) {
            memory.add(List.copyOf(distinct.values()));
        }
        long t2 = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "memory: %,d entries from a %,d-word corpus (made in %,d ms), added in %,d ms%n",
                distinct.size(),
                corpusWords,
                ms(t0, t1),
                ms(t1, t2));

        Path transcript = dir.resolve("new.en.txt");
        long words = new CorpusGenerator(CorpusGenerator.SEED + 7).write(NEW_WORDS, transcript);
        long t3 = System.nanoTime();
        TranslationDocument fresh = plan(transcript, dir, new MemoryChoice.None()).document();
        long t4 = System.nanoTime();
        long segments = fresh.translatableSegments().count();
        long distinctSources = fresh.translatableSegments().map(s -> s.source()).distinct().count();
        TranslationDocument leveraged;
        long t5;
        try (ProjectMemory memory = ProjectMemory.open(tm)) {
            t5 = System.nanoTime();
            leveraged = new Leverager(memory).leverage(fresh);
        }
        long t6 = System.nanoTime();
        LeverageCounts counts = LeverageCounts.of(tm, leveraged);
        System.out.printf(
                Locale.ROOT,
                "new transcript: %,d words, %,d segments (%,d distinct); segment without "
                        + "memory %,d ms%n",
                words,
                segments,
                distinctSources,
                ms(t3, t4));
        System.out.printf(
                Locale.ROOT,
                "leverage alone: %,d ms (%.2f ms a distinct source): %,d exact, %,d fuzzy, "
                        + "%,d new segments%n",
                ms(t5, t6),
                (double) ms(t5, t6) / distinctSources,
                counts.exact(),
                counts.fuzzy(),
                counts.fresh());
    }

    private static SegmentFlow.Written plan(Path transcript, Path dir, MemoryChoice memory) {
        var request =
                new SegmentFlow.Request(
                        transcript,
                        List.of(Locale.forLanguageTag("ru")),
                        Optional.of(dir.resolve(transcript.getFileName() + ".xlf")),
                        dir,
                        TranscriptOptions.defaults(),
                        Optional.empty(),
                        false,
                        new GlossaryChoice.None(),
                        XliffChoice.unchanged(),
                        memory);
        return new SegmentFlow().plan(request).written().get(0);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
