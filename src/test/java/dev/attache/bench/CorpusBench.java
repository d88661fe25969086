package dev.attache.bench;

import static dev.attache.bench.Scenario.DONE;
import static dev.attache.bench.Scenario.DONE_OR_FINDINGS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The scenarios on one generated transcript, in workflow order, each taking its inputs from an
 * earlier one: the Okapi baseline, the naive prepare ({@link NaivePrepareBaseline}) and {@code
 * prepare}, their runs alternating; {@code segment}, {@code export} of the prepared XLIFF,
 * (untimed) LibreOffice fills every target of the prepared worksheet, the naive import ({@link
 * NaiveImportBaseline}) and {@code import} of that sheet, alternating; then {@code qa}, {@code
 * merge}, {@code tmx}, {@code stats} and {@code convert} of the imported XLIFF. Where {@code
 * prepare} or {@code import} fails at 512 MB, its output for the later scenarios is made once with
 * a 4 GB heap (untimed, and said so in the table); where that fails too, the later scenarios are
 * skipped. With {@code baselinesOnly}, only {@code prepare} and {@code import} run, beside their
 * baselines.
 */
record CorpusBench(ScenarioRunner runner, WorksheetFill fill, boolean baselinesOnly) {
    static final String PREPARE = "prepare -t ru";
    static final String IMPORT = "import of the filled worksheet";

    /** The same import as the README runs it: through the launcher. */
    static final String IMPORT_LAUNCHER = IMPORT + " through `./attache`";

    private static final String BASELINES_ONLY = "bench.baselines-only";

    /** Each of our commands that has a naive baseline, and that baseline's scenario. */
    static final Map<String, String> NAIVE_BASELINES =
            Map.of(
                    PREPARE,
                    Scenario.NAIVE_PREPARE,
                    IMPORT,
                    Scenario.NAIVE_IMPORT,
                    IMPORT_LAUNCHER,
                    Scenario.NAIVE_IMPORT);

    CorpusResults run(String label, Path transcript, Path root)
            throws IOException, InterruptedException {
        String t = transcript.toAbsolutePath().toString();
        String name = transcript.getFileName().toString().replaceFirst("\\.en\\.txt$", "");
        String xliff = "xliff/" + name + ".en-ru.xlf";
        String sheet = "worksheets/" + name + ".en-ru.xlsx";
        List<String> notes = new ArrayList<>();
        List<ScenarioResult> results = new ArrayList<>();
        Scenario prepare =
                Scenario.attache(PREPARE, Map.of(), DONE, "prepare", t, "-t", "ru", "--force");
        List<ScenarioResult> side =
                runner.runAlternating(
                        List.of(
                                Scenario.okapiBaseline(transcript.toAbsolutePath()),
                                Scenario.naivePrepare(transcript.toAbsolutePath()),
                                prepare),
                        List.of(
                                root.resolve("okapi"),
                                root.resolve("naive-prepare"),
                                root.resolve("prepare")));
        ScenarioResult baseline = side.get(0);
        results.add(side.get(1));
        ScenarioResult prepared = side.get(2);
        if (baselinesOnly) {
            skip(results, BASELINES_ONLY, "segment -t ru");
        } else {
            results.add(
                    runner.run(
                            Scenario.attache(
                                    "segment -t ru", Map.of(), DONE, "segment", t, "-t", "ru"),
                            root.resolve("segment")));
        }
        Optional<Path> preparedDir =
                inputFor(prepared, prepare, root.resolve("prepare-setup"), results);
        if (preparedDir.isEmpty()) {
            skip(
                    results,
                    "no prepared XLIFF",
                    "export",
                    IMPORT,
                    "qa",
                    "merge",
                    "tmx",
                    "stats",
                    "convert to 2.1");
            return new CorpusResults(label, baseline, results, notes);
        }
        Path preparedXliff = preparedDir.get().resolve(xliff);
        if (baselinesOnly) {
            skip(results, BASELINES_ONLY, "export");
        } else {
            results.add(
                    runner.run(
                            Scenario.attache(
                                    "export",
                                    Map.of(preparedXliff, xliff),
                                    DONE,
                                    "export",
                                    xliff,
                                    "-o",
                                    "export.xlsx",
                                    "--force"),
                            root.resolve("export")));
        }

        Path filledSheet = root.resolve("filled").resolve(sheet);
        WorksheetFill.Outcome filled =
                fill.fill(preparedDir.get().resolve(sheet), filledSheet, root.resolve("filled"));
        notes.add(
                String.format(
                        Locale.ROOT,
                        "worksheet filled by LibreOffice Calc through UNO (not timed): %.1f s — %s",
                        filled.seconds(),
                        filled.log().replace('\n', ' ')));
        System.out.println("  " + notes.get(notes.size() - 1));
        if (!filled.ok()) {
            System.out.println("  ** LibreOffice could not fill the worksheet: " + filled.log());
            skip(
                    results,
                    "LibreOffice did not fill the worksheet",
                    Scenario.NAIVE_IMPORT,
                    IMPORT,
                    IMPORT_LAUNCHER,
                    "qa",
                    "merge",
                    "tmx",
                    "stats",
                    "convert to 2.1");
            return new CorpusResults(label, baseline, results, notes);
        }
        Scenario importSheet =
                Scenario.attache(
                        IMPORT,
                        Map.of(preparedXliff, xliff, filledSheet, sheet),
                        DONE_OR_FINDINGS,
                        "import",
                        sheet);
        List<ScenarioResult> imports =
                runner.runAlternating(
                        List.of(
                                Scenario.naiveImport(filledSheet, preparedXliff),
                                importSheet,
                                importSheet.throughLauncher(IMPORT_LAUNCHER)),
                        List.of(
                                root.resolve("naive-import"),
                                root.resolve("import"),
                                root.resolve("import-launcher")));
        results.add(imports.get(0));
        ScenarioResult imported = imports.get(1);
        Optional<Path> importedDir =
                inputFor(imported, importSheet, root.resolve("import-setup"), results);
        results.add(imports.get(2));
        if (importedDir.isEmpty()) {
            skip(results, "no imported XLIFF", "qa", "merge", "tmx", "stats", "convert to 2.1");
            return new CorpusResults(label, baseline, results, notes);
        }
        if (baselinesOnly) {
            skip(results, BASELINES_ONLY, "qa", "merge", "tmx", "stats", "convert to 2.1");
            return new CorpusResults(label, baseline, results, notes);
        }
        Map<Path, String> translated = Map.of(importedDir.get().resolve(xliff), xliff);
        results.add(
                runner.run(
                        Scenario.attache("qa", translated, DONE_OR_FINDINGS, "qa", xliff),
                        root.resolve("qa")));
        results.add(
                runner.run(
                        Scenario.attache(
                                "merge",
                                translated,
                                DONE,
                                "merge",
                                xliff,
                                "--original",
                                t,
                                "-o",
                                name + ".ru.txt",
                                "--force"),
                        root.resolve("merge")));
        results.add(
                runner.run(
                        Scenario.attache(
                                "tmx",
                                translated,
                                DONE,
                                "tmx",
                                xliff,
                                "-o",
                                "memory.tmx",
                                "--force"),
                        root.resolve("tmx")));
        results.add(
                runner.run(
                        Scenario.attache("stats", translated, DONE, "stats", xliff),
                        root.resolve("stats")));
        results.add(
                runner.run(
                        Scenario.attache(
                                "convert to 2.1",
                                translated,
                                DONE,
                                "convert",
                                xliff,
                                "-o",
                                "converted.en-ru.xlf",
                                "--xliff-version",
                                "2.1",
                                "--force"),
                        root.resolve("convert")));
        return new CorpusResults(label, baseline, results, notes);
    }

    /**
     * The folder holding a scenario's output: its last run, or else a run with a large heap
     * (noted).
     */
    private Optional<Path> inputFor(
            ScenarioResult result, Scenario scenario, Path setupDir, List<ScenarioResult> results)
            throws IOException, InterruptedException {
        if (result.ok()) {
            results.add(result);
            return result.lastRunDir();
        }
        ScenarioResult setup = runner.setUpWithLargeHeap(scenario, setupDir);
        Measurement m = setup.runs().get(0);
        results.add(
                result.withNote(
                        setup.ok()
                                ? String.format(
                                        Locale.ROOT,
                                        "its output for the next rows made untimed with %s: %.0f s, %.0f MB",
                                        ScenarioRunner.SETUP_HEAP,
                                        m.seconds(),
                                        m.peakRssKb() / 1024.0)
                                : "failed with "
                                        + ScenarioRunner.SETUP_HEAP
                                        + " too: "
                                        + m.failureRow()));
        return setup.ok() ? setup.lastRunDir() : Optional.empty();
    }

    private static void skip(List<ScenarioResult> results, String why, String... scenarios) {
        for (String scenario : scenarios) {
            results.add(ScenarioResult.skipped(scenario, why));
        }
    }
}
