package dev.attache.bench;

import java.util.List;
import java.util.Locale;

/**
 * The report, in Markdown: the machine, the date, the runs, how time and memory were measured, then one table per
 * transcript: scenario | median s | min–max s | peak RSS MB (max over runs) | × Okapi baseline.
 */
record ResultsTable(String machine, String date, BenchSettings settings, List<CorpusResults> corpora) {
    ResultsTable {
        corpora = List.copyOf(corpora);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Attaché benchmark: whole commands at scale\n\n")
                .append(machine).append('\n')
                .append("- date: ").append(date).append('\n')
                .append("- runs per scenario: ").append(settings.runs())
                .append(" (each in a fresh JVM, `java ").append(BenchSettings.HEAP)
                .append(" -jar target/attache.jar …`, in a fresh scratch folder); timeout ")
                .append(settings.timeoutSeconds()).append(" s per command\n")
                .append("- time: wall clock from process start to exit; peak RSS: ").append(CommandRun.rssMethod())
                .append('\n')
                .append("- × Okapi baseline: median time over the median of Okapi's own extraction of the same"
                        + " transcript (plain-text filter → SRX segmenter with our english.srx → XLIFFWriter),"
                        + " also in a fresh JVM with ").append(BenchSettings.HEAP).append("\n");
        for (CorpusResults corpus : corpora) {
            out.append("\n## ").append(corpus.label()).append("\n\n")
                    .append("| scenario | median s | min–max s | peak RSS MB (max over runs) | × Okapi baseline |\n")
                    .append("|---|---:|---:|---:|---:|\n");
            double baseline = corpus.baseline().medianSeconds();
            out.append(row(corpus.baseline(), baseline));
            for (ScenarioResult scenario : corpus.scenarios()) {
                out.append(row(scenario, baseline));
            }
            if (!corpus.notes().isEmpty()) {
                out.append('\n');
                corpus.notes().forEach(note -> out.append("- ").append(note).append('\n'));
            }
        }
        return out.toString();
    }

    private static String row(ScenarioResult result, double baseline) {
        String name = result.scenario() + (result.note().isEmpty() ? "" : " (" + result.note() + ")");
        if (result.runs().isEmpty()) {
            return "| " + name + " | – | – | – | – |\n";
        }
        String peak = String.format(Locale.ROOT, "%.0f", result.peakRssMb());
        if (!result.ok()) {
            Measurement failed = result.failure().orElseThrow();
            return "| " + name + " | " + failed.failureRow() + " | – | " + peak + " | – |\n";
        }
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f–%.2f | %s | %s |%n", name, result.medianSeconds(),
                result.minSeconds(), result.maxSeconds(), peak,
                Double.isNaN(baseline) ? "–" : String.format(Locale.ROOT, "%.1f×", result.medianSeconds() / baseline));
    }
}
