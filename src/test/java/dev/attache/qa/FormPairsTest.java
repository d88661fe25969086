package dev.attache.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Severity;
import dev.attache.qa.finding.QaFinding;
import dev.attache.qa.mechanical.MechanicalChecker;
import dev.attache.qa.mechanical.MechanicalKind;
import dev.attache.qa.quotes.QuoteChecker;
import dev.attache.qa.script.ScriptChecker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks of form (mechanical, quotes, script) on real text: the published English sentences
 * with their Russian and Azerbaijani renderings of {@code numbers/real-pairs.tsv}, the professional
 * Russian of the shipped transcript and the Russian of the Lavrov-Bayramov case, segment by segment
 * (nothing found but the final full stop six quoted clauses lack); and Azerbaijani pairs with one
 * error of each kind planted ({@code form-planted-az-pairs.tsv}). Prints the false-alarm rate, the
 * cost per pair and a second CheckMate's start-up.
 */
class FormPairsTest {
    private static final Path DATA = RealPairs.DATA;
    private static final Map<String, MechanicalChecker> MECHANICAL =
            Map.of(
                    "ru",
                    new MechanicalChecker("en", "ru"),
                    "az",
                    new MechanicalChecker("en", "az"));

    /**
     * The English of the real pairs whose rendering, as the fixture quotes it, ends without the
     * full stop the English has: clauses out of longer published sentences, by their wording ("…
     * как хороший показатель"). The punctuation finding on them is right by its rule; they are
     * counted, not taken for false alarms of the other kinds.
     */
    private static final Set<String> UNSTOPPED =
            Set.of(
                    "Taking into account December 2021, this figure may reach $3 billion.",
                    "They evaluated the growth of the trade turnover by 17.5 percent, as well as the continuous growth of cargo"
                            + " and transit transportation as a good indicator of cooperation between the two countries.",
                    "Obviously, this is a new stage in the development of our relations.",
                    "Putin also commended Aliyev for supporting the Russian language, with over 300 schools in Azerbaijan"
                            + " teaching Russian.",
                    "Thank you very much for organizing this work.",
                    "300 schools in the Russian language and branches of our leading universities are functioning in"
                            + " Azerbaijan.");

    /**
     * The English of the real pairs whose rendering quotes in the press's style, not the house
     * style « »: Azerbaijani agencies' “ ” and a Russian agency's straight quotes. The quote-style
     * warning on them is right by its rule (a warning, not an error: the words are right, the marks
     * are the house's choice); they are counted, not taken for false alarms.
     */
    private static final Set<String> OTHER_QUOTE_STYLE =
            Set.of(
                    "Lavrov will today attend the conference 'Russia-Azerbaijan relations in the 21st century: strategic"
                            + " partnership in the context of regional security' as part of the third session of the"
                            + " Russian-Azerbaijani expert council.",
                    "Before the meeting, Lavrov said he hopes to discuss the implementation of the trilateral agreements on"
                            + " Karabakh reached in November 2020 and January 2021 to understand \"how to move forward.\"");

    @TempDir Path dir;

    private record Pair(String lang, String source, String target, String note) {
        static Pair of(RealPairs real) {
            return new Pair(real.lang(), real.source(), real.target(), real.note());
        }

        List<QaFinding> check() {
            List<QaFinding> findings =
                    new ArrayList<>(QuoteChecker.of(lang).orElseThrow().check(target));
            findings.addAll(ScriptChecker.of(lang).orElseThrow().check(target));
            findings.addAll(MECHANICAL.get(lang).check(source, target));
            return findings;
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
                            .map(f -> f.kind() + " " + f.message())
                            .collect(Collectors.joining("; "));
        }
    }

    @Test
    void realPairsHaveNoFindingButTheClausesWithoutAFullStop() throws IOException {
        List<Pair> pairs = realPairs();
        List<Pair> falseAlarms =
                pairs.stream()
                        .filter(p -> p.check().stream().anyMatch(f -> !expected(p, f)))
                        .toList();
        List<Pair> unstopped =
                pairs.stream()
                        .filter(
                                p ->
                                        p.check().stream()
                                                .anyMatch(
                                                        f ->
                                                                f.kind()
                                                                        .equals(
                                                                                MechanicalKind
                                                                                        .PUNCTUATION
                                                                                        .word())))
                        .toList();
        List<Pair> otherStyle =
                pairs.stream()
                        .filter(
                                p ->
                                        p.check().stream()
                                                .anyMatch(
                                                        f ->
                                                                f.kind().equals("quote-style")
                                                                        && f.severity()
                                                                                == Severity
                                                                                        .WARNING))
                        .toList();
        System.out.printf(
                "mechanical, quotes, script: %d real pairs (ru %d, az %d), %d false alarms, %d punctuation"
                        + " warnings on clauses quoted without a full stop, %d quote-style warnings on the press's quotes%n",
                pairs.size(),
                count(pairs, "ru"),
                count(pairs, "az"),
                falseAlarms.size(),
                unstopped.size(),
                otherStyle.size());

        assertThat(pairs).hasSizeGreaterThanOrEqualTo(100);
        assertThat(falseAlarms)
                .as(falseAlarms.stream().map(Pair::describe).collect(Collectors.joining("\n")))
                .isEmpty();
        assertThat(unstopped).hasSameSizeAs(UNSTOPPED);
        assertThat(otherStyle).hasSameSizeAs(OTHER_QUOTE_STYLE);
    }

    /**
     * A finding the rule is right to make on a real pair: a listed clause's full stop, a listed
     * pair's quotes.
     */
    private static boolean expected(Pair pair, QaFinding finding) {
        return finding.kind().equals(MechanicalKind.PUNCTUATION.word())
                        && UNSTOPPED.contains(pair.source())
                || finding.kind().equals("quote-style")
                        && OTHER_QUOTE_STYLE.contains(pair.source());
    }

    /**
     * The figures length-ratios.tsv is calibrated on: per language, the ratio of the rendering's
     * letters and digits to the English's on the real pairs whose English has at least 40, lowest
     * first; the file's bound must sit under the lowest, and within 0.1 of it (a bound far below
     * would let a dropped half sentence pass).
     */
    @Test
    void lengthRatioBoundsSitJustUnderTheLowestRealPair() throws IOException {
        Map<String, Double> bounds = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/dev/attache/qa/length-ratios.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> l.startsWith("en\t"))
                    .map(l -> l.split("\t"))
                    .forEach(f -> bounds.put(f[1], Double.parseDouble(f[2])));
        }
        for (String lang : List.of("ru", "az")) {
            List<Double> ratios =
                    realPairs().stream()
                            .filter(p -> p.lang().equals(lang))
                            .filter(p -> letters(p.source()) >= 40)
                            .map(p -> (double) letters(p.target()) / letters(p.source()))
                            .sorted()
                            .toList();
            System.out.printf(
                    "length ratio en→%s on %d real pairs: lowest %s, median %.2f, highest %.2f; bound %.2f%n",
                    lang,
                    ratios.size(),
                    ratios.subList(0, 8).stream()
                            .map(r -> "%.2f".formatted(r))
                            .collect(Collectors.joining(" ")),
                    ratios.get(ratios.size() / 2),
                    ratios.get(ratios.size() - 1),
                    bounds.get(lang));

            assertThat(ratios).hasSizeGreaterThan(30);
            assertThat(bounds.get(lang))
                    .isLessThan(ratios.get(0))
                    .isGreaterThan(ratios.get(0) - 0.1);
        }
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    @Test
    void eachPlantedAzerbaijaniErrorIsFoundAsItsKindAlone() throws IOException {
        List<Pair> planted = table(DATA.resolve("form-planted-az-pairs.tsv"));
        for (Pair pair : planted) {
            assertThat(pair.check())
                    .as(pair.describe())
                    .singleElement()
                    .satisfies(f -> assertThat(f.kind()).isEqualTo(pair.note()));
        }
        System.out.printf(
                "mechanical, quotes, script: %d planted Azerbaijani errors, all found%n",
                planted.size());

        assertThat(planted.stream().map(Pair::note).distinct())
                .hasSize(MechanicalKind.values().length + 3);
    }

    @Test
    void costsWellUnderAMillisecondAPair() throws IOException {
        long started = System.nanoTime();
        new MechanicalChecker("en", "ru");
        double startUpMillis = (System.nanoTime() - started) / 1e6;
        List<Pair> pairs = new ArrayList<>(realPairs());
        pairs.addAll(table(DATA.resolve("form-planted-az-pairs.tsv")));
        double microsPerPair = RealPairs.microsEach(pairs, Pair::check);
        System.out.printf(
                "mechanical, quotes, script: %.1f µs a pair (%d pairs, %d rounds); another CheckMate starts"
                        + " in %.1f ms%n",
                microsPerPair, pairs.size(), RealPairs.TIMED_ROUNDS, startUpMillis);

        assertThat(microsPerPair).isLessThan(1000);
    }

    /**
     * The real pairs, with those whose numbers are unfaithful: their form is real text all the
     * same.
     */
    private List<Pair> realPairs() throws IOException {
        List<RealPairs> real = new ArrayList<>(RealPairs.all(dir));
        real.addAll(RealPairs.unfaithful());
        return real.stream().map(Pair::of).toList();
    }

    private static List<Pair> table(Path file) throws IOException {
        return RealPairs.table(file).stream().map(Pair::of).toList();
    }

    private static long count(List<Pair> pairs, String lang) {
        return pairs.stream().filter(p -> p.lang().equals(lang)).count();
    }
}
