package dev.attache.qa.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.qa.RealPairs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers check on real text: published English sentences with their Russian and Azerbaijani
 * renderings ({@code real-pairs.tsv}, with provenance), the professional Russian of the shipped
 * transcript and the Russian of the Lavrov-Bayramov case, segment by segment; and the same pairs
 * with one error planted in each ({@code planted-pairs.tsv}). Prints the false-alarm rate and the
 * cost per pair that the README quotes.
 */
class NumberPairsTest {
    private static final Path DATA = RealPairs.DATA.resolve("numbers");

    @TempDir Path dir;

    private record Pair(String lang, String source, String target, String note) {
        static Pair of(RealPairs real) {
            return new Pair(real.lang(), real.source(), real.target(), real.note());
        }

        List<NumberFinding> check() {
            return NumberChecker.of("en", lang).orElseThrow().check(source, target);
        }

        String describe() {
            return lang
                    + ": "
                    + source
                    + " | "
                    + target
                    + " ("
                    + note
                    + "): "
                    + check().stream()
                            .map(NumberFinding::message)
                            .collect(Collectors.joining("; "));
        }
    }

    @Test
    void realPairsHaveNoFinding() throws IOException {
        List<Pair> pairs = realPairs();
        List<Pair> falseAlarms = pairs.stream().filter(p -> !p.check().isEmpty()).toList();
        long withNumbers =
                pairs.stream().filter(p -> !reader(p.lang()).read(p.target()).isEmpty()).count();
        System.out.printf(
                "numbers check: %d real pairs (ru %d, az %d; %d with numbers or dates), %d false alarms%n",
                pairs.size(),
                count(pairs, "ru"),
                count(pairs, "az"),
                withNumbers,
                falseAlarms.size());

        assertThat(pairs).hasSizeGreaterThanOrEqualTo(100);
        assertThat(falseAlarms)
                .as(falseAlarms.stream().map(Pair::describe).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void theUnfaithfulRealPairsAreReported() throws IOException {
        List<Pair> unfaithful = RealPairs.unfaithful().stream().map(Pair::of).toList();
        System.out.printf(
                "numbers check: %d real pairs that lack a number of the English, all reported%n",
                unfaithful.size());

        assertThat(unfaithful)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.check()).as(p.describe()).isNotEmpty());
    }

    @Test
    void everyPlantedErrorIsFound() throws IOException {
        List<Pair> planted = table(DATA.resolve("planted-pairs.tsv"));
        List<Pair> missed = planted.stream().filter(p -> p.check().isEmpty()).toList();
        System.out.printf(
                "numbers check: %d planted errors (ru %d, az %d), %d missed%n",
                planted.size(), count(planted, "ru"), count(planted, "az"), missed.size());

        assertThat(planted).hasSizeGreaterThanOrEqualTo(50);
        assertThat(missed)
                .as(missed.stream().map(Pair::describe).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void costsWellUnderAMillisecondAPair() throws IOException {
        List<Pair> pairs = new ArrayList<>(realPairs());
        pairs.addAll(table(DATA.resolve("planted-pairs.tsv")));
        NumberChecker ru = NumberChecker.of("en", "ru").orElseThrow();
        NumberChecker az = NumberChecker.of("en", "az").orElseThrow();
        double microsPerPair =
                RealPairs.microsEach(
                        pairs,
                        pair ->
                                (pair.lang().equals("ru") ? ru : az)
                                        .check(pair.source(), pair.target()));
        System.out.printf(
                "numbers check: %.1f µs a pair (%d pairs, %d rounds)%n",
                microsPerPair, pairs.size(), RealPairs.TIMED_ROUNDS);

        assertThat(microsPerPair).isLessThan(1000);
    }

    private static NumberReader reader(String lang) {
        return NumberReader.of(lang).orElseThrow();
    }

    private List<Pair> realPairs() throws IOException {
        return RealPairs.all(dir).stream().map(Pair::of).toList();
    }

    private static List<Pair> table(Path file) throws IOException {
        return RealPairs.table(file).stream().map(Pair::of).toList();
    }

    private static long count(List<Pair> pairs, String lang) {
        return pairs.stream().filter(p -> p.lang().equals(lang)).count();
    }
}
