package dev.attache.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report, in Markdown: the machine, the date, the runs, how time and memory were measured, then
 * one table per transcript: scenario | median s | min–max s | peak RSS MB (max over runs) | × Okapi
 * baseline | × naive baseline (for the commands that have one: {@link
 * CorpusBench#NAIVE_BASELINES}).
 */
record ResultsTable(
        String machine, String date, BenchSettings settings, List<CorpusResults> corpora) {
    ResultsTable {
        corpora = List.copyOf(corpora);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Attaché benchmark: whole commands at scale\n\n")
                .append(machine)
                .append('\n')
                .append("- date: ")
                .append(date)
                .append('\n')
                .append("- runs per scenario: ")
                .append(settings.runs())
                .append(" (each in a fresh JVM, `java ")
                .append(BenchSettings.HEAP)
                .append(" -jar target/attache.jar …`, in a fresh scratch folder); timeout ")
                .append(settings.timeoutSeconds())
                .append(" s per command\n")
                .append("- time: wall clock from process start to exit; peak RSS: ")
                .append(CommandRun.rssMethod())
                .append('\n')
                .append(
                        "- × Okapi baseline: median time over the median of Okapi's own extraction of the same"
                                + " transcript (plain-text filter → SRX segmenter with our english.srx → XLIFFWriter),"
                                + " also in a fresh JVM with ")
                .append(BenchSettings.HEAP)
                .append("\n")
                .append(
                        "- × naive baseline: median time over the median of the naive baseline that does the same"
                                + " job the plain way with the same libraries (prepare: `NaivePrepareBaseline`, import:"
                                + " `NaiveImportBaseline`); a command and its baselines run alternating, run 1 of each,"
                                + " then run 2 of each, …\n");
        for (CorpusResults corpus : corpora) {
            out.append("\n## ")
                    .append(corpus.label())
                    .append("\n\n")
                    .append(
                            "| scenario | median s | min–max s | peak RSS MB (max over runs) | × Okapi baseline"
                                    + " | × naive baseline |\n")
                    .append("|---|---:|---:|---:|---:|---:|\n");
            double baseline = corpus.baseline().medianSeconds();
            out.append(row(corpus.baseline(), baseline, "–"));
            for (ScenarioResult scenario : corpus.scenarios()) {
                out.append(row(scenario, baseline, naiveRatio(corpus, scenario)));
            }
            if (!corpus.notes().isEmpty()) {
                out.append('\n');
                corpus.notes().forEach(note -> out.append("- ").append(note).append('\n'));
            }
        }
        return out.toString();
    }

    /** {@code 2.1×} for a command with a naive baseline in this corpus, else {@code –}. */
    static String naiveRatio(CorpusResults corpus, ScenarioResult result) {
        return Optional.ofNullable(CorpusBench.NAIVE_BASELINES.get(result.scenario()))
                .flatMap(corpus::scenario)
                .filter(naive -> naive.ok() && result.ok())
                .map(
                        naive ->
                                String.format(
                                        Locale.ROOT,
                                        "%.2f×",
                                        result.medianSeconds() / naive.medianSeconds()))
                .orElse("–");
    }

    private static String row(ScenarioResult result, double baseline, String naive) {
        String name =
                result.scenario() + (result.note().isEmpty() ? "" : " (" + result.note() + ")");
        if (result.runs().isEmpty()) {
            return "| " + name + " | – | – | – | – | – |\n";
        }
        String peak = String.format(Locale.ROOT, "%.0f", result.peakRssMb());
        if (!result.ok()) {
            Measurement failed = result.failure().orElseThrow();
            return "| " + name + " | " + failed.failureRow() + " | – | " + peak + " | – | – |\n";
        }
        return String.format(
                Locale.ROOT,
                "| %s | %.2f | %.2f–%.2f | %s | %s | %s |%n",
                name,
                result.medianSeconds(),
                result.minSeconds(),
                result.maxSeconds(),
                peak,
                Double.isNaN(baseline)
                        ? "–"
                        : String.format(Locale.ROOT, "%.1f×", result.medianSeconds() / baseline),
                naive);
    }
}
