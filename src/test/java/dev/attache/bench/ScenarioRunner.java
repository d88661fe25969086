package dev.attache.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs a scenario N times, each time in a fresh scratch folder ({@code <root>/run-<k>}) with its
 * inputs copied in, and prints each run; or several scenarios, alternating. A failed run ends the
 * scenario's runs and is printed loudly with the tail of its stderr; running out of heap or time is
 * recorded as a result, any other failure also marks the suite as broken.
 */
final class ScenarioRunner {
    static final String SETUP_HEAP = "-Xmx4g";

    private final BenchSettings settings;
    private boolean broken;

    ScenarioRunner(BenchSettings settings) {
        this.settings = settings;
    }

    /**
     * Whether a command failed for another reason than heap or time: the benchmark itself is
     * broken.
     */
    boolean broken() {
        return broken;
    }

    ScenarioResult run(Scenario scenario, Path root) throws IOException, InterruptedException {
        return runAlternating(List.of(scenario), List.of(root)).get(0);
    }

    /**
     * Runs several scenarios in turn, the first run of each, then the second of each, and so on, so
     * that the machine's drift from minute to minute falls on them alike: their ratios are measured
     * side by side. A scenario whose run fails runs no more; the others go on. Scenario {@code i}
     * runs in {@code roots.get(i)}.
     */
    List<ScenarioResult> runAlternating(List<Scenario> scenarios, List<Path> roots)
            throws IOException, InterruptedException {
        List<List<Measurement>> runs = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            runs.add(new ArrayList<>());
            dirs.add(null);
        }
        for (int k = 1; k <= settings.runs(); k++) {
            for (int i = 0; i < scenarios.size(); i++) {
                List<Measurement> done = runs.get(i);
                if (done.stream().allMatch(Measurement::ok)) {
                    Path dir =
                            freshFolder(
                                    roots.get(i).resolve("run-" + k), scenarios.get(i).inputs());
                    dirs.set(i, dir);
                    done.add(runOnce(scenarios.get(i), dir, k));
                }
            }
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            results.add(
                    new ScenarioResult(
                            scenarios.get(i).name(),
                            runs.get(i),
                            Optional.ofNullable(dirs.get(i)),
                            ""));
        }
        return results;
    }

    private Measurement runOnce(Scenario scenario, Path dir, int k)
            throws IOException, InterruptedException {
        Measurement m =
                new CommandRun(
                                scenario.commandLine(settings, BenchSettings.HEAP),
                                dir,
                                scenario.expectedExits(),
                                settings.timeoutSeconds())
                        .measure();
        System.out.printf(
                Locale.ROOT,
                "  %-55s run %d: %7.2f s %7.1f MB exit %d%s%n",
                scenario.name(),
                k,
                m.seconds(),
                m.peakRssKb() / 1024.0,
                m.exitCode(),
                m.ok() ? "" : "  ** " + m.failureRow());
        if (!m.ok()) {
            broken |= !m.outOfResources();
            System.out.println(
                    "  ** "
                            + scenario.name()
                            + " FAILED in "
                            + dir
                            + ": "
                            + m.failureRow()
                            + "\n  ** "
                            + String.join(" ", scenario.arguments())
                            + "\n  ** stderr (start and end):\n"
                            + m.stderrExcerpt().indent(6));
        }
        return m;
    }

    /**
     * Runs a scenario once with a 4 GB heap, not counted as a run: the input the next scenarios
     * need when the measured command failed at 512 MB. Its result has that one measurement and,
     * when it worked, its folder.
     */
    ScenarioResult setUpWithLargeHeap(Scenario scenario, Path dir)
            throws IOException, InterruptedException {
        Path folder = freshFolder(dir, scenario.inputs());
        Measurement m =
                new CommandRun(
                                scenario.commandLine(settings, SETUP_HEAP),
                                folder,
                                scenario.expectedExits(),
                                settings.timeoutSeconds() * 2)
                        .measure();
        System.out.printf(
                Locale.ROOT,
                "  (setup) %s with %s: %.1f s, %.0f MB, %s%n",
                scenario.name(),
                SETUP_HEAP,
                m.seconds(),
                m.peakRssKb() / 1024.0,
                m.ok() ? "done" : m.failureRow());
        return new ScenarioResult(
                scenario.name(), List.of(m), m.ok() ? Optional.of(folder) : Optional.empty(), "");
    }

    static Path freshFolder(Path dir, Map<Path, String> inputs) throws IOException {
        deleteTree(dir);
        Files.createDirectories(dir);
        for (Map.Entry<Path, String> input : inputs.entrySet()) {
            Path target = dir.resolve(input.getValue());
            Files.createDirectories(target.getParent());
            Files.copy(input.getKey(), target, StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(
                            p -> {
                                try {
                                    Files.delete(p);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        }
    }
}
