package dev.attache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * An application installed on this machine (LibreOffice's {@code soffice}, Gnumeric's {@code
 * ssconvert}, OmegaT) that a test drives. Without it the test is skipped, loudly; with the
 * environment variable {@code ATTACHE_REQUIRE_APPS=1} (set by {@code .ci/run}) it fails instead, so
 * that CI never skips it.
 */
public record InstalledApplication(String command) {
    private static final long TIMEOUT_SECONDS = 300;

    /**
     * The application, or the test ends here: skipped, or failed where the applications are
     * required.
     */
    public static InstalledApplication require(String command, String packages) {
        boolean present =
                System.getenv().getOrDefault("PATH", "").isEmpty()
                        ? false
                        : List.of(System.getenv("PATH").split(File.pathSeparator)).stream()
                                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
        if (!present) {
            missing(command + " is not installed (apt-get install -y " + packages + ")");
        }
        return new InstalledApplication(command);
    }

    /**
     * Arial's metric twin, or the test ends here as if an application were missing: where
     * fontconfig has neither Arial nor a font with its metrics ({@code fc-match Arial}),
     * LibreOffice renders the worksheet's Arial in a wider font than the one its row heights were
     * measured in, so a printout's wrapped lines do not fit their rows.
     */
    public static void requireArialMetrics(Path workDir) throws IOException, InterruptedException {
        require("fc-match", "fontconfig");
        String family = run(List.of("fc-match", "-f", "%{family[0]}", "Arial"), workDir).trim();
        if (!List.of("Arial", "Liberation Sans", "Arimo").contains(family)) {
            missing(
                    "fontconfig renders Arial in "
                            + family
                            + ", which lacks Arial's metrics"
                            + " (apt-get install -y fonts-liberation2)");
        }
    }

    /**
     * Skips the test, loudly, or fails it where {@code ATTACHE_REQUIRE_APPS=1} requires every
     * application.
     */
    private static void missing(String message) {
        if ("1".equals(System.getenv("ATTACHE_REQUIRE_APPS"))) {
            Assertions.fail(message + ", and ATTACHE_REQUIRE_APPS=1 requires it");
        }
        System.err.println("\n*** SKIPPED: " + message + " ***\n");
        Assumptions.abort(message);
    }

    /**
     * Runs a program to its end and returns its standard output; fails the test on a non-zero exit.
     */
    public static String run(List<String> commandLine, Path workDir)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(workDir, "run", ".log");
        Process process =
                new ProcessBuilder(commandLine)
                        .directory(workDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                Assertions.fail(commandLine + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(commandLine + " said:\n" + output).isZero();
        return output;
    }
}
