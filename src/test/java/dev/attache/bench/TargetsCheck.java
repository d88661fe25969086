package dev.attache.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The goals of issue 26 set against this run: {@code prepare} of the shipped transcript through the
 * launcher at most {@value #MAX_START_SECONDS} s (median) and at most {@value #MAX_START_RATIO}
 * times Okapi's own extraction of it; {@code prepare} and {@code import} of the largest generated
 * transcript (import also through the launcher) each at most {@value #MAX_NAIVE_RATIO} times its
 * naive baseline ({@link NaivePrepareBaseline}, {@link NaiveImportBaseline}), measured alternating
 * in the same run, and under {@value #MAX_PEAK_MB} MB peak RSS; term matching against 10,000
 * concepts at most {@value #MAX_TERM_RATIO} times the cost of the small glossary. A report, not a
 * gate: a goal missed does not fail the suite (the {@link ScalingCheck} does, for a regression).
 */
record TargetsCheck(
        CorpusResults shipped, Optional<CorpusResults> largest, TermMatchingRun.Outcome terms) {
    static final double MAX_START_SECONDS = 1.0;
    static final double MAX_START_RATIO = 2.5;
    static final double MAX_NAIVE_RATIO = 1.5;
    static final double MAX_PEAK_MB = 700;
    static final double MAX_TERM_RATIO = 1.5;
    private static final String LAUNCHER = "the launcher";

    /**
     * One goal: what, the goal in words, what was measured, and whether it was met (empty: not
     * measured).
     */
    record Target(String what, String goal, String measured, Optional<Boolean> met) {
        String row() {
            return "| "
                    + what
                    + " | "
                    + goal
                    + " | "
                    + measured
                    + " | "
                    + met.map(m -> m ? "met" : "**missed**").orElse("not measured")
                    + " |\n";
        }
    }

    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        String start = "shipped transcript: `./attache prepare -t ru,az`";
        Optional<ScenarioResult> launcher = find(shipped, LAUNCHER);
        targets.add(
                new Target(
                        start,
                        String.format(Locale.ROOT, "≤ %.1f s median", MAX_START_SECONDS),
                        launcher.map(r -> String.format(Locale.ROOT, "%.2f s", r.medianSeconds()))
                                .orElse("–"),
                        launcher.map(r -> r.medianSeconds() <= MAX_START_SECONDS)));
        double okapi = shipped.baseline().medianSeconds();
        Optional<Double> startRatio =
                launcher.map(r -> r.medianSeconds() / okapi).filter(r -> !r.isNaN());
        targets.add(
                new Target(
                        start,
                        String.format(Locale.ROOT, "≤ %.1f× Okapi", MAX_START_RATIO),
                        startRatio
                                .map(
                                        r ->
                                                String.format(
                                                        Locale.ROOT,
                                                        "%.1f× (%.2f s against %.2f s)",
                                                        r,
                                                        launcher.orElseThrow().medianSeconds(),
                                                        okapi))
                                .orElse("–"),
                        startRatio.map(r -> r <= MAX_START_RATIO)));
        largest.ifPresent(
                corpus -> {
                    String words = corpus.label().replaceFirst(" \\(.*", "");
                    for (String scenario :
                            List.of(
                                    CorpusBench.PREPARE,
                                    CorpusBench.IMPORT,
                                    CorpusBench.IMPORT_LAUNCHER)) {
                        Optional<ScenarioResult> result =
                                corpus.scenario(scenario).filter(ScenarioResult::ok);
                        Optional<ScenarioResult> naive =
                                corpus.scenario(CorpusBench.NAIVE_BASELINES.get(scenario))
                                        .filter(ScenarioResult::ok);
                        Optional<Double> ratio =
                                result.flatMap(
                                        r -> naive.map(n -> r.medianSeconds() / n.medianSeconds()));
                        targets.add(
                                new Target(
                                        words + ": " + scenario,
                                        String.format(
                                                Locale.ROOT, "≤ %.1f× naive", MAX_NAIVE_RATIO),
                                        ratio.map(
                                                        r ->
                                                                String.format(
                                                                        Locale.ROOT,
                                                                        "%.2f× (%.2f s against %.2f s)",
                                                                        r,
                                                                        result.orElseThrow()
                                                                                .medianSeconds(),
                                                                        naive.orElseThrow()
                                                                                .medianSeconds()))
                                                .orElse("–"),
                                        ratio.map(r -> r <= MAX_NAIVE_RATIO)));
                        targets.add(
                                new Target(
                                        words + ": " + scenario + ", peak RSS",
                                        String.format(Locale.ROOT, "< %.0f MB", MAX_PEAK_MB),
                                        result.map(
                                                        r ->
                                                                String.format(
                                                                        Locale.ROOT,
                                                                        "%.0f MB",
                                                                        r.peakRssMb()))
                                                .orElse("–"),
                                        result.map(r -> r.peakRssMb() < MAX_PEAK_MB)));
                    }
                });
        targets.add(
                new Target(
                        "term matching: 10,042 concepts against 42, same 1 M words",
                        String.format(Locale.ROOT, "≤ %.1f×", MAX_TERM_RATIO),
                        terms.summary(),
                        terms.ratio().map(r -> r <= MAX_TERM_RATIO)));
        return targets;
    }

    String markdown() {
        StringBuilder out =
                new StringBuilder(
                        "\n## The goals of issue 26 (ratios of medians, same transcript, same"
                                + " run)\n\n| what | goal | measured | |\n|---|---|---|---|\n");
        targets().forEach(t -> out.append(t.row()));
        return out.toString();
    }

    /** The scenario whose name contains {@code scenarioName}, when all its runs worked. */
    private static Optional<ScenarioResult> find(CorpusResults corpus, String scenarioName) {
        return corpus.scenarios().stream()
                .filter(s -> s.scenario().contains(scenarioName))
                .findFirst()
                .filter(ScenarioResult::ok);
    }
}
