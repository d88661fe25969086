package dev.attache.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs whole commands at scale: {@code mvn -B -Pbench verify [-Dbench.sizes=10000,100000,1000000]
 * [-Dbench.runs=3] [-Dbench.timeout=600]}. First the shipped transcript ({@code prepare -t ru,az}),
 * then for each size a generated transcript ({@link CorpusGenerator}, {@code
 * target/bench/corpus/<size>/bench-<size>.en.txt}) through {@link CorpusBench}, then term matching
 * ({@link TermMatchingRun}), then the memory at scale ({@link MemoryBench}); writes {@code
 * target/bench/results.md}, with the scaling and the goals ({@link TargetsCheck}), and
 * prints it. Exits 1 when a command failed for another reason than running out of heap or time, or
 * when a command grew faster than its input ({@link ScalingCheck}; the report is written first).
 */
public final class BenchmarkSuite {
    private static final Path SHIPPED = Path.of("transcripts/lavrov-aliyev-2023-02-27.en.txt");

    private BenchmarkSuite() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        BenchSettings settings =
                BenchSettings.fromSystemProperties(Path.of(args.length > 0 ? args[0] : "target"));
        if (!Files.isRegularFile(settings.jar())) {
            throw new IllegalStateException(
                    settings.jar() + " is missing: run mvn -Pbench verify (or package) first");
        }
        ScenarioRunner runner = new ScenarioRunner(settings);
        CorpusBench bench =
                new CorpusBench(
                        runner,
                        new WorksheetFill(WorksheetFill.SCRIPT, settings.timeoutSeconds()),
                        settings.baselinesOnly());
        Path work = settings.root().resolve("work");
        List<CorpusResults> corpora = new ArrayList<>();

        System.out.println("== shipped transcript " + SHIPPED);
        Path shipped = SHIPPED.toAbsolutePath();
        Scenario prepareShipped =
                Scenario.attache(
                        "prepare -t ru,az",
                        Map.of(),
                        Scenario.DONE,
                        "prepare",
                        shipped.toString(),
                        "-t",
                        "ru,az",
                        "--force");
        List<ScenarioResult> side =
                runner.runAlternating(
                        List.of(
                                Scenario.okapiBaseline(shipped),
                                prepareShipped,
                                prepareShipped.throughLauncher(
                                        "`./attache prepare -t ru,az` (the launcher)")),
                        List.of(
                                work.resolve("shipped/okapi"),
                                work.resolve("shipped/prepare"),
                                work.resolve("shipped/launcher")));
        corpora.add(
                new CorpusResults(
                        "shipped transcript (" + words(shipped) + " words)",
                        side.get(0),
                        side.subList(1, 3),
                        List.of()));

        Map<Long, CorpusResults> generated = new HashMap<>();
        CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.SEED);
        for (long size : settings.sizes()) {
            Path transcript =
                    settings.root()
                            .resolve("corpus")
                            .resolve(Long.toString(size))
                            .resolve("bench-" + size + ".en.txt");
            long written = generator.write(size, transcript);
            String label =
                    String.format(
                            Locale.ROOT,
                            "%,d words (generated: %,d words, %,d lines, %.1f MB)",
                            size,
                            written,
                            Files.lines(transcript).count(),
                            Files.size(transcript) / 1e6);
            System.out.println("== " + label);
            CorpusResults results = bench.run(label, transcript, work.resolve(Long.toString(size)));
            corpora.add(results);
            generated.put(size, results);
        }
        ScalingCheck scaling = new ScalingCheck(generated);
        TermMatchingRun.Outcome terms =
                settings.baselinesOnly()
                        ? new TermMatchingRun.Outcome(
                                "not run (bench.baselines-only)", Optional.empty())
                        : runTermMatching(settings, work);
        String memory =
                settings.baselinesOnly() || settings.memoryEntries() == 0
                        ? ""
                        : runMemory(settings, work);
        TargetsCheck targets =
                new TargetsCheck(
                        corpora.get(0),
                        generated.keySet().stream().max(Long::compare).map(generated::get),
                        terms);

        String report =
                new ResultsTable(
                                        machine(settings),
                                        ZonedDateTime.now(ZoneOffset.UTC)
                                                .format(
                                                        DateTimeFormatter.ofPattern(
                                                                "yyyy-MM-dd HH:mm 'UTC'")),
                                        settings,
                                        corpora)
                                .markdown()
                        + scaling.markdown()
                        + targets.markdown()
                        + memory;
        Path results = settings.root().resolve("results.md");
        Files.writeString(results, report, StandardCharsets.UTF_8);
        System.out.println("\n" + report + "\n(written to " + results + ")");
        if (scaling.failed()) {
            System.out.println(
                    "** BENCHMARK FAILED: a command grew faster than its input (see Scaling above)");
            System.exit(1);
        }
        if (runner.broken()) {
            System.out.println(
                    "** BENCHMARK FAILED: a command failed for another reason than heap or time (above)");
            System.exit(1);
        }
    }

    private static TermMatchingRun.Outcome runTermMatching(BenchSettings settings, Path work)
            throws IOException, InterruptedException {
        System.out.println("== term matching (TermMatcherBenchmark)");
        TermMatchingRun.Outcome terms =
                new TermMatchingRun(settings, SHIPPED).run(work.resolve("term-matching"));
        System.out.println("  " + terms.summary());
        return terms;
    }

    private static String runMemory(BenchSettings settings, Path work)
            throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "== memory of %,d entries%n", settings.memoryEntries());
        return new MemoryBench(settings, settings.memoryEntries()).run(work.resolve("memory"));
    }

    private static long words(Path transcript) throws IOException {
        return Files.readAllLines(transcript, StandardCharsets.UTF_8).stream()
                .mapToLong(line -> line.isBlank() ? 0 : line.strip().split("\\s+").length)
                .sum();
    }

    private static String machine(BenchSettings settings) throws IOException, InterruptedException {
        String cpu =
                Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                        .filter(l -> l.startsWith("model name"))
                        .findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).strip())
                        .orElse("unknown CPU");
        long memKb =
                Files.readAllLines(Path.of("/proc/meminfo")).stream()
                        .filter(l -> l.startsWith("MemTotal:"))
                        .findFirst()
                        .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                        .orElse(0L);
        Process version =
                new ProcessBuilder(settings.java(), "-version").redirectErrorStream(true).start();
        String javaVersion =
                new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        version.waitFor(30, TimeUnit.SECONDS);
        return String.format(
                Locale.ROOT,
                "- machine: %d cores (%s), %.1f GB memory%n- java -version:%n%n```%n%s%n```%n",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                memKb / 1024.0 / 1024.0,
                javaVersion);
    }
}
