package dev.attache.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.glossary.Glossary;
import dev.attache.glossary.TbxReader;
import dev.attache.qa.spelling.SpellingChecker;
import dev.attache.qa.spelling.SpellingFinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spelling check on real Russian: the professional translations (the shipped transcript and the
 * Lavrov-Bayramov case, segment by segment) have no word it flags; the agencies' renderings of
 * real-pairs.tsv are counted (their names of people and places are many, and not all in the
 * glossary). Prints the start cost, the cost per segment and the false-alarm rates the README
 * quotes (the cost per segment as the mean of a second pass over them all).
 */
class SpellingPairsTest {
    private static final Path GLOSSARY = Path.of("glossary/diplomatic-terms.tbx");

    @TempDir Path dir;

    @Test
    void professionalRussianHasNoMisspellingAndTheCostsArePrinted() throws IOException {
        Glossary glossary = new TbxReader().read(GLOSSARY, Files.readAllBytes(GLOSSARY)).glossary();
        long started = System.nanoTime();
        SpellingChecker checker =
                SpellingChecker.of("ru", SegmentQa.glossaryWords(Optional.of(glossary), "ru"))
                        .orElseThrow();
        checker.check("Прежде всего позвольте передать самые тёплые приветствия.");
        double startSeconds = (System.nanoTime() - started) / 1e9;
        List<RealPairs> pairs = new ArrayList<>(RealPairs.all(dir));
        pairs.addAll(RealPairs.unfaithful());
        List<RealPairs> russian = pairs.stream().filter(p -> p.lang().equals("ru")).toList();
        List<RealPairs> professional =
                russian.stream().filter(p -> !p.note().startsWith("http")).toList();
        List<RealPairs> agencies =
                russian.stream().filter(p -> p.note().startsWith("http")).toList();
        List<String> professionalAlarms = alarms(checker, professional);
        List<String> agencyAlarms = alarms(checker, agencies);
        russian.forEach(p -> checker.check(p.target()));
        long timed = System.nanoTime();
        russian.forEach(p -> checker.check(p.target()));
        double millisEach = (System.nanoTime() - timed) / 1e6 / russian.size();
        System.out.printf(
                "spelling: starts in %.1f s; %.1f ms a segment; professional Russian: %d of %d segments"
                        + " flagged; agencies' Russian: %d of %d flagged (%s)%n",
                startSeconds,
                millisEach,
                professionalAlarms.size(),
                professional.size(),
                agencyAlarms.size(),
                agencies.size(),
                String.join("; ", agencyAlarms));

        assertThat(professional).hasSizeGreaterThan(40);
        assertThat(professionalAlarms).isEmpty();
        assertThat(checker.check("Мы заинтересованы в развитии культурных свзяей."))
                .singleElement()
                .satisfies(f -> assertThat(f.word()).isEqualTo("свзяей"));
        assertThat(SpellingChecker.of("az", Set.of())).as("no Azerbaijani speller").isEmpty();
    }

    private static List<String> alarms(SpellingChecker checker, List<RealPairs> pairs) {
        return pairs.stream()
                .filter(p -> !checker.check(p.target()).isEmpty())
                .map(
                        p ->
                                checker.check(p.target()).stream()
                                        .map(SpellingFinding::word)
                                        .collect(Collectors.joining(", ")))
                .toList();
    }
}
