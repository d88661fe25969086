package dev.attache.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The issue's goals set against this run: {@code prepare} of the shipped transcript through the launcher, and
 * {@code prepare} and {@code import} of the largest generated transcript, each at most {@value #MAX_RATIO} times
 * Okapi's own extraction of the same transcript; those two at most {@value #MAX_PEAK_MB} MB peak RSS; and term
 * matching against 10,000 concepts at most {@value #MAX_TERM_RATIO} times the cost of the small glossary. A report,
 * not a gate: a goal missed does not fail the suite (the {@link ScalingCheck} does, for a regression).
 */
record TargetsCheck(CorpusResults shipped, Optional<CorpusResults> largest, TermMatchingRun.Outcome terms) {
    static final double MAX_RATIO = 2.0;
    static final double MAX_PEAK_MB = 700;
    static final double MAX_TERM_RATIO = 1.5;

    /** One goal: what, the goal in words, what was measured, and whether it was met (empty: not measured). */
    record Target(String what, String goal, String measured, Optional<Boolean> met) {
        String row() {
            return "| " + what + " | " + goal + " | " + measured + " | "
                    + met.map(m -> m ? "met" : "**missed**").orElse("not measured") + " |\n";
        }
    }

    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        targets.add(timeTarget("shipped transcript: `./attache prepare -t ru,az`", shipped, "the launcher"));
        largest.ifPresent(corpus -> {
            String words = corpus.label().replaceFirst(" \\(.*", "");
            for (String scenario : List.of("prepare -t ru", "import of the filled worksheet")) {
                targets.add(timeTarget(words + ": " + scenario, corpus, scenario));
                Optional<ScenarioResult> result = find(corpus, scenario);
                targets.add(new Target(words + ": " + scenario + ", peak RSS",
                        String.format(Locale.ROOT, "< %.0f MB", MAX_PEAK_MB),
                        result.map(r -> String.format(Locale.ROOT, "%.0f MB", r.peakRssMb())).orElse("–"),
                        result.filter(ScenarioResult::ok).map(r -> r.peakRssMb() < MAX_PEAK_MB)));
            }
        });
        targets.add(new Target("term matching: 10,042 concepts against 42, same 1 M words",
                String.format(Locale.ROOT, "≤ %.1f×", MAX_TERM_RATIO),
                terms.summary(), terms.ratio().map(r -> r <= MAX_TERM_RATIO)));
        return targets;
    }

    String markdown() {
        StringBuilder out = new StringBuilder("\n## The goals of issue 8 (× Okapi: median over the Okapi baseline's"
                + " median, same transcript, same run)\n\n| what | goal | measured | |\n|---|---|---|---|\n");
        targets().forEach(t -> out.append(t.row()));
        return out.toString();
    }

    private static Target timeTarget(String what, CorpusResults corpus, String scenarioName) {
        Optional<ScenarioResult> result = find(corpus, scenarioName).filter(ScenarioResult::ok);
        double baseline = corpus.baseline().medianSeconds();
        Optional<Double> ratio = result.map(r -> r.medianSeconds() / baseline).filter(r -> !r.isNaN());
        return new Target(what, String.format(Locale.ROOT, "≤ %.1f× Okapi", MAX_RATIO),
                ratio.map(r -> String.format(Locale.ROOT, "%.1f× (%.2f s against %.2f s)", r,
                        result.orElseThrow().medianSeconds(), baseline)).orElse("–"),
                ratio.map(r -> r <= MAX_RATIO));
    }

    private static Optional<ScenarioResult> find(CorpusResults corpus, String scenarioName) {
        return corpus.scenarios().stream().filter(s -> s.scenario().contains(scenarioName)).findFirst();
    }
}
