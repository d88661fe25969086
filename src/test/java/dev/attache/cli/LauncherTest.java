package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code attache} launcher script, run in a copy of the project whose jar is missing, with
 * stand-ins for {@code mvn} (prints what Maven 3.8 prints in batch mode: bare colour resets on
 * stdout and stderr, then builds or fails) and {@code java} (echoes its arguments). Cheap: no Maven
 * build runs.
 */
class LauncherTest {
    private static final String FAKE_MVN =
            """
            #!/usr/bin/env bash
            printf '\\033[0m\\033[0m'
            printf '\\033[0m\\033[0m' >&2
            if [[ -n "${FAIL_BUILD:-}" ]]; then
              printf '\\033[1;31m[ERROR]\\033[m COMPILATION ERROR: Main.java:[3,1] class expected\\n'
              exit 1
            fi
            mkdir -p target && echo jar > target/attache.jar
            """;
    private static final String FAKE_JAVA =
            """
            #!/usr/bin/env bash
            echo "java $*"
            """;

    @TempDir Path project;

    @Test
    void firstBuildSaysOneLineAndPrintsNoEscapeCodes() throws Exception {
        Run run = launch(Map.of(), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .isEqualTo(
                        "attache: building target/attache.jar from the sources (a minute or two) ...\n");
        assertThat(run.out())
                .isEqualTo(
                        "java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -jar "
                                + project.resolve("target/attache.jar")
                                + " --version\n");
        assertThat(Files.list(project.resolve("tmp"))).isEmpty();
    }

    @Test
    void aFailedBuildShowsMavensMessagesWithoutEscapeCodes() throws Exception {
        Run run = launch(Map.of("FAIL_BUILD", "1"), "--version");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .doesNotContain("\033")
                .contains("[ERROR] COMPILATION ERROR: Main.java:[3,1] class expected")
                .endsWith("attache: the build failed (Maven's messages above)\n");
        assertThat(Files.list(project.resolve("tmp"))).isEmpty();
    }

    @Test
    void aBuiltJarIsRunWithoutBuilding() throws Exception {
        launch(Map.of(), "--version");
        Run second = launch(Map.of("FAIL_BUILD", "1"), "stats", "x.xlf");

        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).endsWith("attache.jar stats x.xlf\n");
    }

    @Test
    void anInputUpToOneAndAHalfMillionWordsRunsWithC1AloneALargerOneOrAFolderWithTheFullCompiler()
            throws Exception {
        launch(Map.of(), "--version");
        // 1.5 M words: 6 bytes a word of a transcript, 12 of a worksheet, 30 of an XLIFF file
        sized("small.txt", 9_000_000);
        sized("large.txt", 9_000_006);
        sized("small.xlsx", 18_000_000);
        sized("large.xlsx", 18_000_012);
        sized("small.xlf", 45_000_000);
        sized("large.xlf", 45_000_030);
        Files.createDirectories(project.resolve("xliff"));

        String c1 = "java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -jar ";
        assertThat(launch(Map.of(), "segment", "small.txt", "-t", "ru").out()).startsWith(c1);
        assertThat(launch(Map.of(), "import", "small.xlsx", "--xliff", "small.xlf").out())
                .startsWith(c1);
        assertThat(launch(Map.of(), "segment", "small.txt", "large.txt", "-t", "ru").out())
                .startsWith("java -jar ");
        assertThat(launch(Map.of(), "import", "large.xlsx", "--xliff", "small.xlf").out())
                .startsWith("java -jar ");
        assertThat(launch(Map.of(), "import", "small.xlsx", "--xliff", "large.xlf").out())
                .startsWith("java -jar ");
        assertThat(launch(Map.of(), "qa", "xliff").out()).startsWith("java -jar ");
        assertThat(
                        launch(
                                        Map.of("ATTACHE_JAVA_OPTS", "-XX:TieredStopAtLevel=4"),
                                        "stats",
                                        "small.txt")
                                .out())
                .as("a compiler chosen in ATTACHE_JAVA_OPTS replaces the launcher's choice")
                .startsWith("java -XX:TieredStopAtLevel=4 -jar ");
    }

    /** A file of {@code size} bytes, sparse: only its size counts. */
    private void sized(String name, long size) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(project.resolve(name).toFile(), "rw")) {
            file.setLength(size);
        }
    }

    private Run launch(Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        Path launcher = project.resolve("attache");
        if (!Files.exists(launcher)) {
            Files.copy(Path.of("attache"), launcher);
            Files.writeString(project.resolve("pom.xml"), "<project/>", StandardCharsets.UTF_8);
            Files.createDirectories(project.resolve("src/main"));
            Files.createDirectories(project.resolve("glossary"));
            Files.createDirectories(project.resolve("tmp"));
            Path bin = Files.createDirectories(project.resolve("bin"));
            executable(bin.resolve("mvn"), FAKE_MVN);
            executable(bin.resolve("java"), FAKE_JAVA);
            Thread.sleep(1_100); // the sources must be older than the jar the stand-in builds (find
            // -newer, 1 s clocks)
        }
        var command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
        builder.environment().remove("ATTACHE_JAVA_OPTS");
        builder.environment().putAll(env);
        builder.environment().put("PATH", project.resolve("bin") + ":/usr/bin:/bin");
        builder.environment().put("TMPDIR", project.resolve("tmp").toString());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process = builder.start();
        var out = process.inputReader(StandardCharsets.UTF_8);
        var err = process.errorReader(StandardCharsets.UTF_8);
        CompletableFuture<String> errText =
                CompletableFuture.supplyAsync(
                        () -> err.lines().map(line -> line + "\n").collect(Collectors.joining()));
        String outText = out.lines().map(line -> line + "\n").collect(Collectors.joining());
        return new Run(process.waitFor(), outText, errText.join());
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exitCode, String out, String err) {}
}
