package dev.attache.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.bench.CorpusGenerator;
import dev.attache.flow.TranslatedFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index names the candidates, {@link FuzzyScore} scores them: the matches a look-up returns are
 * those a brute-force scoring of every entry by the same definition returns. The sample: the
 * sentences of a generated 60,000-word corpus (formulaic, like a ministry's memory: many sentences
 * near each other) and the shipped transcript's, looked up with a word replaced, a word dropped, a
 * number or the case changed, and unseen sentences of another corpus.
 */
class FuzzyLookupBruteForceTest {
    private static final LanguagePair EN_RU = LanguagePair.of("en", "ru");
    private static final Instant WHEN = Instant.parse("2024-05-06T07:08:09Z");

    @TempDir Path dir;

    @Test
    void theLookupsTopMatchesAreTheBruteForceOnes() throws IOException {
        List<String> sources = sentences(CorpusGenerator.SEED, 60_000);
        ProjectMemoryTest.translated(dir, "ru").forEach(e -> sources.add(e.source()));
        List<MemoryEntry> entries =
                sources.stream()
                        .distinct()
                        .map(
                                s ->
                                        new MemoryEntry(
                                                s,
                                                TranslatedFixture.translationOf(s, "ru"),
                                                EN_RU,
                                                "tester",
                                                WHEN,
                                                "sample.en-ru.xlf"))
                        .toList();
        List<String> queries = queries(entries, sentences(CorpusGenerator.SEED + 7, 3_000));

        int compared = 0;
        int withMatches = 0;
        try (ProjectMemory memory = ProjectMemory.openOrCreate(dir.resolve("tm"))) {
            memory.add(entries);
            for (String query : queries) {
                List<MemoryMatch> found = memory.lookup(query, EN_RU, 75, 3);
                List<Scored> brute = bruteForce(query, entries);
                assertThat(found)
                        .as(query)
                        .extracting(MemoryMatch::score)
                        .containsExactlyElementsOf(
                                brute.stream().limit(3).map(Scored::score).toList());
                for (int i = 0; i < found.size(); i++) {
                    int at = i;
                    boolean tied =
                            brute.stream().filter(b -> b.score() == brute.get(at).score()).count()
                                    > 1;
                    if (!tied) {
                        assertThat(found.get(i).entry().source())
                                .as(query)
                                .isEqualTo(brute.get(i).source());
                    }
                }
                compared++;
                withMatches += found.isEmpty() ? 0 : 1;
            }
        }
        System.out.printf(
                "%d entries, %d look-ups compared, %d with matches%n",
                entries.size(), compared, withMatches);
        assertThat(entries.size()).isGreaterThan(3_000);
        assertThat(withMatches).isGreaterThan(compared / 2);
    }

    private record Scored(int score, String source) {}

    /**
     * Every entry scored; the exact one (the query itself) at 100, the best three of 75 or more.
     */
    private static List<Scored> bruteForce(String query, List<MemoryEntry> entries) {
        FuzzyScore score = new FuzzyScore(query);
        return entries.stream()
                .map(
                        e ->
                                MemoryRecords.sameSource(e.source(), query)
                                        ? new Scored(100, e.source())
                                        : new Scored(score.against(e.source()), e.source()))
                .filter(s -> s.score() >= 75)
                .sorted(
                        Comparator.comparingInt(Scored::score)
                                .reversed()
                                .thenComparing(Scored::source))
                .toList();
    }

    /** 400 variants of the memory's sentences and 100 sentences it does not hold. */
    private static List<String> queries(List<MemoryEntry> entries, List<String> unseen) {
        Random random = new Random(25);
        Set<String> queries = new LinkedHashSet<>();
        for (int i = 0; i < 400; i++) {
            String source = entries.get(random.nextInt(entries.size())).source();
            List<String> words = new ArrayList<>(Arrays.asList(source.split(" ")));
            int at = random.nextInt(words.size());
            switch (i % 4) {
                case 0 -> words.set(at, "particular");
                case 1 -> words.remove(at);
                case 2 -> words.add(at, "2024");
                default -> words.set(at, words.get(at).toUpperCase(java.util.Locale.ROOT));
            }
            queries.add(String.join(" ", words));
        }
        queries.addAll(unseen.subList(0, Math.min(100, unseen.size())));
        return List.copyOf(queries);
    }

    private List<String> sentences(long seed, long words) throws IOException {
        Path corpus = dir.resolve("corpus-" + seed + ".en.txt");
        new CorpusGenerator(seed).write(words, corpus);
        return Files.readAllLines(corpus).stream()
                .flatMap(line -> Arrays.stream(line.split("(?<=[.!?])\\s+")))
                .filter(s -> s.split(" ").length > 3)
                .distinct()
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
