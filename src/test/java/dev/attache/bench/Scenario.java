package dev.attache.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One thing a user does, as a command line run in a fresh JVM: its name in the results table, the files copied into
 * a fresh scratch folder before each run (absolute source → path inside the folder; copying is not timed), the
 * arguments after {@code java -Xmx512m -jar attache.jar}, the {@code attache} launcher or the Okapi baseline's
 * class ({@link Launch}), and the exit codes that mean it worked (4 where findings are expected).
 */
record Scenario(String name, Map<Path, String> inputs, List<String> arguments, Set<Integer> expectedExits,
        Launch launch) {
    /** How the command starts. */
    enum Launch {
        /** {@code java -Xmx512m -jar target/attache.jar}. */
        JAR,
        /** The {@code attache} launcher, as the README runs it: it adds the class-data archive and its JVM options. */
        LAUNCHER,
        /** {@link OkapiExtractionBaseline} on the test class path. */
        OKAPI_BASELINE
    }

    static final Set<Integer> DONE = Set.of(0);
    static final Set<Integer> DONE_OR_FINDINGS = Set.of(0, 4);

    Scenario {
        inputs = Map.copyOf(inputs);
        arguments = List.copyOf(arguments);
        expectedExits = Set.copyOf(expectedExits);
    }

    static Scenario attache(String name, Map<Path, String> inputs, Set<Integer> expectedExits, String... arguments) {
        return new Scenario(name, inputs, List.of(arguments), expectedExits, Launch.JAR);
    }

    /** The same command through the {@code attache} launcher (with {@code -Xmx512m} in {@code ATTACHE_JAVA_OPTS}). */
    Scenario throughLauncher(String launcherName) {
        return new Scenario(launcherName, inputs, arguments, expectedExits, Launch.LAUNCHER);
    }

    static Scenario okapiBaseline(Path transcript) {
        return new Scenario("Okapi baseline (plain-text filter, SRX, XLIFFWriter)", Map.of(),
                List.of(transcript.toString(), "okapi.xlf"), DONE, Launch.OKAPI_BASELINE);
    }

    List<String> commandLine(BenchSettings settings, String heap) {
        return switch (launch) {
            case JAR -> settings.attache(heap, arguments);
            case LAUNCHER -> settings.launcher(arguments);
            case OKAPI_BASELINE -> settings.okapiBaseline(arguments);
        };
    }
}
