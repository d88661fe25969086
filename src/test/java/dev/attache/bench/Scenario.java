package dev.attache.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One thing a user does, as a command line run in a fresh JVM: its name in the results table, the files copied into
 * a fresh scratch folder before each run (absolute source → path inside the folder; copying is not timed), the
 * arguments after {@code java -Xmx512m -jar attache.jar} (or the Okapi baseline's class), and the exit codes
 * that mean it worked (4 where findings are expected).
 */
record Scenario(String name, Map<Path, String> inputs, List<String> arguments, Set<Integer> expectedExits,
        boolean okapi) {
    static final Set<Integer> DONE = Set.of(0);
    static final Set<Integer> DONE_OR_FINDINGS = Set.of(0, 4);

    Scenario {
        inputs = Map.copyOf(inputs);
        arguments = List.copyOf(arguments);
        expectedExits = Set.copyOf(expectedExits);
    }

    static Scenario attache(String name, Map<Path, String> inputs, Set<Integer> expectedExits, String... arguments) {
        return new Scenario(name, inputs, List.of(arguments), expectedExits, false);
    }

    static Scenario okapiBaseline(Path transcript) {
        return new Scenario("Okapi baseline (plain-text filter, SRX, XLIFFWriter)", Map.of(),
                List.of(transcript.toString(), "okapi.xlf"), DONE, true);
    }

    List<String> commandLine(BenchSettings settings, String heap) {
        return okapi ? settings.okapiBaseline(arguments) : settings.attache(heap, arguments);
    }
}
