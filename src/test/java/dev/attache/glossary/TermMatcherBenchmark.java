package dev.attache.glossary;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Shows that matching time does not grow with the glossary (a JMH benchmark): about a million words
 * of English, in paragraphs of the shipped transcript mixed with synthetic words, matched against
 * the ~40-concept fixture glossary ({@code small}) and against the same plus 10,000 synthetic terms
 * of one to three synthetic words ({@code large}). Each glossary is measured in fresh JVMs of its
 * own, as a run of Attaché uses one glossary: measured one after the other in one JVM, the second
 * ran with the JIT's profile of the first. Run by its main method, the forks alternate (small,
 * large, small, …), so that a change in the load of a shared machine falls on both. Not a unit
 * test: its main method (test class path; the transcript as its argument, by default the shipped
 * one from the module directory) runs both and prints last the ratio of their median fork times
 * (the goal: at most 1.5); the bench suite reads that line. The median, since on a shared
 * 2-core machine a fork now and then runs at half speed throughout.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = TermMatcherBenchmark.FORKS, jvmArgsAppend = "-Xmx512m")
public class TermMatcherBenchmark {
    /** Fresh JVMs per glossary. */
    static final int FORKS = 5;

    private static final int WORDS = 1_000_000;
    private static final int SYNTHETIC_TERMS = 10_000;

    /**
     * {@code small}: the fixture glossary; {@code large}: the same and {@value #SYNTHETIC_TERMS}
     * synthetic terms.
     */
    @Param({"small", "large"})
    public String glossary;

    /** The English text the paragraphs are made from. */
    @Param("transcripts/lavrov-aliyev-2023-02-27.en.txt")
    public String transcript;

    private List<String> paragraphs;
    private TermMatcher matcher;

    /**
     * The same text for both glossaries: the vocabulary, then the text, then the synthetic terms,
     * from one seed.
     */
    @Setup
    public void makeTextAndMatcher() throws IOException {
        Random random = new Random(42);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            vocabulary.add(syntheticWord(random));
        }
        paragraphs = text(random, vocabulary, Path.of(transcript));
        Glossary small = GlossaryFixture.glossary();
        List<Concept> concepts = new ArrayList<>(small.concepts());
        for (int i = 0; i < SYNTHETIC_TERMS; i++) {
            StringBuilder term =
                    new StringBuilder(vocabulary.get(random.nextInt(vocabulary.size())));
            for (int w = random.nextInt(3); w > 0; w--) {
                term.append(' ').append(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            concepts.add(
                    new Concept(
                            "synthetic-" + i,
                            "",
                            "",
                            "",
                            Map.of(
                                    "en",
                                    List.of(new Term(term.toString(), TermStatus.PREFERRED)))));
        }
        matcher = new TermMatcher(glossary.equals("small") ? small : new Glossary(concepts), "en");
    }

    /**
     * The CPU time of the measuring thread and the passes it made in an iteration, which JMH
     * reports beside the wall time: on a shared machine the wall time also counts the turns of
     * other jobs, and a fork that waits for the cores more than another says nothing of matching.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        public long cpuNanos;
        public long passes;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            passes = 0;
        }
    }

    /**
     * Matches every paragraph; returns the number of hits (so that the JIT cannot drop the work).
     */
    @Benchmark
    public int matchEveryParagraph(CpuTime cpu) {
        long start = CpuTime.THREADS.getCurrentThreadCpuTime();
        int hits = 0;
        for (String paragraph : paragraphs) {
            hits += matcher.find(paragraph).size();
        }
        cpu.cpuNanos += CpuTime.THREADS.getCurrentThreadCpuTime() - start;
        cpu.passes++;
        return hits;
    }

    public static void main(String[] args) throws RunnerException, URISyntaxException {
        forkWithThisClassPath();
        String transcript =
                Path.of(args.length > 0 ? args[0] : "transcripts/lavrov-aliyev-2023-02-27.en.txt")
                        .toAbsolutePath()
                        .toString();
        List<RunResult> runs = new ArrayList<>();
        for (int fork = 0; fork < FORKS; fork++) {
            for (String glossary : List.of("small", "large")) {
                runs.addAll(
                        new Runner(
                                        new OptionsBuilder()
                                                .include(
                                                        TermMatcherBenchmark.class.getName()
                                                                + ".matchEveryParagraph$")
                                                .param("transcript", transcript)
                                                .param("glossary", glossary)
                                                .forks(1)
                                                .build())
                                .run());
            }
        }
        double[] small = forkScores(runs, "small");
        double[] large = forkScores(runs, "large");
        double[] smallCpu = forkCpuTimes(runs, "small");
        double[] largeCpu = forkCpuTimes(runs, "large");
        System.out.printf(
                "after warm-up: 10,042 concepts cost %.2f times what 42 cost (median of %d forks each: "
                        + "%.0f ms against %.0f ms; forks %.0f–%.0f and %.0f–%.0f ms); in CPU time "
                        + "%.2f times (%.0f ms against %.0f ms; forks %.0f–%.0f and %.0f–%.0f ms)%n",
                median(large) / median(small),
                large.length,
                median(large),
                median(small),
                large[0],
                large[large.length - 1],
                small[0],
                small[small.length - 1],
                median(largeCpu) / median(smallCpu),
                median(largeCpu),
                median(smallCpu),
                largeCpu[0],
                largeCpu[largeCpu.length - 1],
                smallCpu[0],
                smallCpu[smallCpu.length - 1]);
    }

    /** The CPU time of a pass in each fork with {@code glossary}, in milliseconds, sorted. */
    private static double[] forkCpuTimes(Collection<RunResult> runs, String glossary) {
        return runs.stream()
                .filter(r -> r.getParams().getParam("glossary").equals(glossary))
                .flatMap(r -> r.getBenchmarkResults().stream())
                .mapToDouble(
                        fork ->
                                fork.getSecondaryResults().get("cpuNanos").getScore()
                                        / fork.getSecondaryResults().get("passes").getScore()
                                        / 1e6)
                .sorted()
                .toArray();
    }

    /**
     * JMH starts its forks with this JVM's class path; under {@code mvn exec:java} the test class
     * path is a class loader's instead (run with {@code java -cp}, the class is on the JVM's, and
     * this does nothing).
     */
    private static void forkWithThisClassPath() throws URISyntaxException {
        if (TermMatcherBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
        }
    }

    /** The mean time of each fork (a fresh JVM) with {@code glossary}, sorted. */
    private static double[] forkScores(Collection<RunResult> runs, String glossary) {
        return runs.stream()
                .filter(r -> r.getParams().getParam("glossary").equals(glossary))
                .flatMap(r -> r.getBenchmarkResults().stream())
                .mapToDouble(fork -> fork.getPrimaryResult().getScore())
                .sorted()
                .toArray();
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            throw new IllegalStateException("the benchmark gave no result");
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * Paragraphs of about 100 words: transcript text with one word in five replaced by a synthetic
     * word.
     */
    private static List<String> text(Random random, List<String> vocabulary, Path transcript)
            throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(transcript, StandardCharsets.UTF_8)) {
            words.addAll(List.of(line.split(" ")));
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < WORDS; i++) {
            String word =
                    random.nextInt(5) == 0
                            ? vocabulary.get(random.nextInt(vocabulary.size()))
                            : words.get(i % words.size());
            paragraph.append(word).append(' ');
            if (i % 100 == 99) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        return paragraphs;
    }

    private static String syntheticWord(Random random) {
        String consonants = "bcdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            word.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.toString();
    }
}
