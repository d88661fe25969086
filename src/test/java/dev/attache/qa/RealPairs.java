package dev.attache.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.flow.TranslatedFixture;
import dev.attache.model.SegmentPair;
import dev.attache.xliff.XliffFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * English sentences and their renderings that the QA checks are measured on: a language, the
 * English, the rendering and a note (where it comes from, or what was planted). For tests only.
 */
public record RealPairs(String lang, String source, String target, String note) {
    public static final Path DATA = Path.of("src/test/resources/qa");
    private static final Path SHIPPED_RU = DATA.resolve("lavrov-aliyev-2023-02-27.ru.tsv");
    private static final Path CASE = Path.of("src/test/resources/cases/lavrov-bayramov-2020-08-26");

    /**
     * The real pairs: the published sentences of {@code numbers/real-pairs.tsv} (with provenance),
     * the professional Russian of the shipped transcript and the Russian of the Lavrov-Bayramov
     * case, segment by segment (each transcript segmented into {@code dir}).
     */
    public static List<RealPairs> all(Path dir) throws IOException {
        List<RealPairs> pairs = new ArrayList<>(table(DATA.resolve("numbers/real-pairs.tsv")));
        pairs.addAll(
                segments(TranslatedFixture.TRANSCRIPT, SHIPPED_RU, "the shipped transcript", dir));
        pairs.addAll(
                segments(
                        CASE.resolve("lavrov-bayramov-2020-08-26.en.txt"),
                        CASE.resolve("translations.en-ru.tsv"),
                        "the Lavrov-Bayramov case",
                        dir));
        return pairs;
    }

    /**
     * The real published pairs whose rendering is not a faithful translation of a number or date in
     * the English ({@code numbers/unfaithful-pairs.tsv} says why for each): real text for every
     * check but the numbers check, which must report them.
     */
    public static List<RealPairs> unfaithful() throws IOException {
        return table(DATA.resolve("numbers/unfaithful-pairs.tsv"));
    }

    /**
     * The rows of a fixture: language, English, rendering, a note; lines starting with # are
     * comments.
     */
    public static List<RealPairs> table(Path file) throws IOException {
        List<RealPairs> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split("\t", -1);
                assertThat(fields).as(line).hasSize(4);
                pairs.add(new RealPairs(fields[0], fields[1], fields[2], fields[3]));
            }
        }
        return pairs;
    }

    /** The rounds over every pair that {@link #microsEach} times, after as many to warm up. */
    public static final int TIMED_ROUNDS = 200;

    /**
     * What {@code check} costs on each of {@code pairs}, in microseconds: the mean over {@value
     * #TIMED_ROUNDS} rounds over them all, after as many rounds that warm the code up.
     */
    public static <T> double microsEach(List<T> pairs, Consumer<T> check) {
        long start = 0;
        for (int round = -TIMED_ROUNDS; round < TIMED_ROUNDS; round++) {
            if (round == 0) {
                start = System.nanoTime();
            }
            pairs.forEach(check);
        }
        return (System.nanoTime() - start) / 1000.0 / TIMED_ROUNDS / pairs.size();
    }

    /**
     * The Russian of {@code translations} (segment id, tab, target) with the sources of {@code
     * transcript}.
     */
    private static List<RealPairs> segments(
            Path transcript, Path translations, String note, Path dir) throws IOException {
        Path xliff =
                TranslatedFixture.segment(
                        transcript, "ru", dir.resolve(transcript.getFileName() + ".xlf"));
        Map<String, String> sources =
                XliffFiles.read(xliff)
                        .translatableSegments()
                        .collect(Collectors.toMap(s -> s.id().toString(), SegmentPair::source));
        Map<String, String> targets = new LinkedHashMap<>();
        for (String line : Files.readAllLines(translations, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split("\t");
                targets.put(fields[0], fields[1]);
            }
        }
        return targets.entrySet().stream()
                .map(
                        e ->
                                new RealPairs(
                                        "ru",
                                        sources.get(e.getKey()),
                                        e.getValue(),
                                        note + " " + e.getKey()))
                .toList();
    }
}
