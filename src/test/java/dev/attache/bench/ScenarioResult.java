package dev.attache.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The runs of one scenario, in order (they stop at the first failure), the scratch folder of its
 * last run (the next scenarios take their inputs from it) and a note for the table ("skipped: …",
 * "setup with -Xmx4g: …").
 */
record ScenarioResult(
        String scenario, List<Measurement> runs, Optional<Path> lastRunDir, String note) {
    ScenarioResult {
        runs = List.copyOf(runs);
        note = note == null ? "" : note;
    }

    static ScenarioResult skipped(String scenario, String why) {
        return new ScenarioResult(scenario, List.of(), Optional.empty(), "skipped: " + why);
    }

    boolean ok() {
        return !runs.isEmpty() && runs.stream().allMatch(Measurement::ok);
    }

    Optional<Measurement> failure() {
        return runs.stream().filter(m -> !m.ok()).findFirst();
    }

    double medianSeconds() {
        List<Double> seconds =
                runs.stream().filter(Measurement::ok).map(Measurement::seconds).sorted().toList();
        if (seconds.isEmpty()) {
            return Double.NaN;
        }
        int middle = seconds.size() / 2;
        return seconds.size() % 2 == 1
                ? seconds.get(middle)
                : (seconds.get(middle - 1) + seconds.get(middle)) / 2;
    }

    double minSeconds() {
        return runs.stream()
                .filter(Measurement::ok)
                .mapToDouble(Measurement::seconds)
                .min()
                .orElse(Double.NaN);
    }

    double maxSeconds() {
        return runs.stream()
                .filter(Measurement::ok)
                .mapToDouble(Measurement::seconds)
                .max()
                .orElse(Double.NaN);
    }

    /**
     * Max over all runs, failed ones included (the heap at the moment it ran out is worth knowing).
     */
    double peakRssMb() {
        return runs.stream().mapToLong(Measurement::peakRssKb).max().orElse(0) / 1024.0;
    }

    ScenarioResult withNote(String more) {
        return new ScenarioResult(
                scenario, runs, lastRunDir, note.isEmpty() ? more : note + "; " + more);
    }
}
