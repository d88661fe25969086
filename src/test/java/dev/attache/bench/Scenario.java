package dev.attache.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One thing a user does, as a command line run in a fresh JVM: its name in the results table, the
 * files copied into a fresh scratch folder before each run (absolute source → path inside the
 * folder; copying is not timed), the arguments after {@code java -Xmx512m -jar attache.jar}, the
 * {@code attache} launcher or a baseline's main class ({@link Launch}; for a baseline the class
 * name comes first), and the exit codes that mean it worked (4 where findings are expected).
 */
record Scenario(
        String name,
        Map<Path, String> inputs,
        List<String> arguments,
        Set<Integer> expectedExits,
        Launch launch) {
    /** How the command starts. */
    enum Launch {
        /** {@code java -Xmx512m -jar target/attache.jar}. */
        JAR,
        /**
         * The {@code attache} launcher, as the README runs it: it adds the class-data archive and
         * its JVM options.
         */
        LAUNCHER,
        /**
         * A baseline's main class on the test class path ({@link OkapiExtractionBaseline} and the
         * naive ones).
         */
        BASELINE
    }

    static final Set<Integer> DONE = Set.of(0);
    static final Set<Integer> DONE_OR_FINDINGS = Set.of(0, 4);
    static final String NAIVE_PREPARE =
            "naive prepare (Okapi extraction, term runs, plain SXSSF workbook)";
    static final String NAIVE_IMPORT =
            "naive import (POI event read, Okapi XLIFF filter and writer)";

    Scenario {
        inputs = Map.copyOf(inputs);
        arguments = List.copyOf(arguments);
        expectedExits = Set.copyOf(expectedExits);
    }

    static Scenario attache(
            String name,
            Map<Path, String> inputs,
            Set<Integer> expectedExits,
            String... arguments) {
        return new Scenario(name, inputs, List.of(arguments), expectedExits, Launch.JAR);
    }

    /**
     * The same command through the {@code attache} launcher (with {@code -Xmx512m} in {@code
     * ATTACHE_JAVA_OPTS}).
     */
    Scenario throughLauncher(String launcherName) {
        return new Scenario(launcherName, inputs, arguments, expectedExits, Launch.LAUNCHER);
    }

    static Scenario okapiBaseline(Path transcript) {
        return new Scenario(
                "Okapi baseline (plain-text filter, SRX, XLIFFWriter)",
                Map.of(),
                List.of(
                        OkapiExtractionBaseline.class.getName(),
                        transcript.toString(),
                        "okapi.xlf"),
                DONE,
                Launch.BASELINE);
    }

    /**
     * {@link NaivePrepareBaseline}: Okapi's extraction and a plain SXSSF workbook of the same rows.
     */
    static Scenario naivePrepare(Path transcript) {
        return new Scenario(
                NAIVE_PREPARE,
                Map.of(),
                List.of(
                        NaivePrepareBaseline.class.getName(),
                        transcript.toString(),
                        "naive.xlf",
                        "naive.xlsx"),
                DONE,
                Launch.BASELINE);
    }

    /**
     * {@link NaiveImportBaseline}: POI's event read of the filled sheet, Okapi's XLIFF filter and
     * writer.
     */
    static Scenario naiveImport(Path filledSheet, Path preparedXliff) {
        return new Scenario(
                NAIVE_IMPORT,
                Map.of(filledSheet, "filled.xlsx", preparedXliff, "prepared.xlf"),
                List.of(
                        NaiveImportBaseline.class.getName(),
                        "filled.xlsx",
                        "prepared.xlf",
                        "imported.xlf"),
                DONE,
                Launch.BASELINE);
    }

    List<String> commandLine(BenchSettings settings, String heap) {
        return switch (launch) {
            case JAR -> settings.attache(heap, arguments);
            case LAUNCHER -> settings.launcher(arguments);
            case BASELINE -> settings.baseline(arguments);
        };
    }
}
