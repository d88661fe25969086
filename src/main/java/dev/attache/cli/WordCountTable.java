package dev.attache.cli;

import dev.attache.deliver.DocumentWordCount;
import dev.attache.deliver.FileWordCount;
import dev.attache.deliver.GmxWordCounter;
import dev.attache.deliver.LanguagePairTotal;
import dev.attache.deliver.WordCountReport;
import dev.attache.deliver.WordTally;
import dev.attache.model.State;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints a word count report as tables: one per file (rows per state, the total, then one per
 * paragraph kind; columns segments, source words, target words) and one per language pair with
 * several files: their total.
 */
record WordCountTable(PrintWriter out) {
    private static final Map<State, String> LABELS =
            Map.of(
                    State.NEW,
                    "new",
                    State.TRANSLATED,
                    "translated",
                    State.NEEDS_REVIEW,
                    "needs review",
                    State.FINAL,
                    "final");

    void print(WordCountReport report) {
        String separator = "";
        for (FileWordCount file : report.files()) {
            out.print(separator);
            print(
                    file.file()
                            + " ("
                            + file.count().languagePair()
                            + ", "
                            + GmxWordCounter.NAME
                            + " words)",
                    file.count());
            separator = System.lineSeparator();
        }
        for (LanguagePairTotal total : report.totals()) {
            if (total.files() > 1) {
                out.println();
                print(
                        "total "
                                + total.count().languagePair()
                                + " over "
                                + total.files()
                                + " files",
                        total.count());
            }
        }
    }

    private void print(String title, DocumentWordCount count) {
        var rows = new LinkedHashMap<String, WordTally>();
        count.byState().forEach((state, tally) -> rows.put(LABELS.get(state), tally));
        rows.put("total", count.total());
        count.byKind().forEach((kind, tally) -> rows.put("kind " + kind, tally));
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        String format = "%-" + width + "s  %8s  %12s  %12s%n";
        out.println(title);
        out.printf(format, "", "segments", "source words", "target words");
        rows.forEach(
                (label, tally) ->
                        out.printf(
                                format,
                                label,
                                tally.segments(),
                                tally.sourceWords(),
                                tally.targetWords()));
    }
}
