package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12: every file of the hostile corpus ({@code src/test/resources/hostile/}), run through the
 * real command line as the table {@code hostile/cases.tsv} says, gives its exit code (never 1) and
 * its own message (on stderr; for exit 0 and 4, on stdout or stderr), one line per problem, with no
 * stack trace and no library logger output; nothing an entity points at is read into any output,
 * and the input is never changed. A new reader gets its hostile files as new rows of the table.
 */
class HostileInputTest {
    static final Path CORPUS = Path.of("src/test/resources/hostile");

    /** What {@code marker.txt} holds: the file the corpus's external entities name. */
    static final String MARKER = "ATTACHE-HOSTILE-MARKER-5f1d";

    private static final String PASSWD_LINE = "root:x:0:0";

    @TempDir Path dir;

    /**
     * One row of the table: the file, how to run (in this JVM, or a fresh one with JVM options),
     * and what to expect.
     */
    record Case(String file, String run, int exit, String message, String command) {
        @Override
        public String toString() {
            return file + " → " + exit;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line :
                Files.readAllLines(CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t+");
            if (f.length != 5) {
                throw new IllegalStateException(
                        "cases.tsv: a row has 5 fields separated by tabs: " + line);
            }
            cases.add(new Case(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4]));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHostileFileGetsItsOwnMessageAndExitCode(Case c) throws Exception {
        copyBase();
        Files.writeString(dir.resolve("marker.txt"), MARKER + "\n", StandardCharsets.UTF_8);
        Path file =
                c.file().startsWith("@")
                        ? HostileFiles.generate(c.file(), CORPUS.resolve("base"), dir)
                        : Files.copy(CORPUS.resolve(c.file()), dir.resolve(c.file()));
        byte[] before =
                Files.isRegularFile(file) && Files.size(file) < (64 << 20)
                        ? Files.readAllBytes(file)
                        : null;
        String[] args =
                Arrays.stream(c.command().split(" "))
                        .map(
                                a ->
                                        a.replace("{file}", file.toString())
                                                .replace("{dir}", dir.toString()))
                        .toArray(String[]::new);

        Outcome outcome = c.run().equals("in") ? inProcess(args) : inNewJvm(c.run(), dir, args);

        assertThat(outcome.exit()).as("exit code; stderr: %s", outcome.err()).isEqualTo(c.exit());
        assertThat(c.exit() == ExitCode.BAD_INPUT ? outcome.err() : outcome.out() + outcome.err())
                .as("what the command printed")
                .contains(c.message());
        assertThat(outcome.err())
                .as("stderr")
                .doesNotContain("internal error", "Exception", "\tat ", "ERROR ", "WARN ", "SLF4J");
        if (c.exit() == ExitCode.BAD_INPUT) {
            assertThat(outcome.err().lines().toList())
                    .as("stderr of a refused input: our one line")
                    .singleElement()
                    .asString()
                    .startsWith("error: ");
        }
        assertThat(outcome.err().lines())
                .as("every line of stderr is ours: a problem, or a summary of what was done")
                .allMatch(
                        l ->
                                l.matches(
                                        "^(error|warning|note|info): .*|^(applied|wrote|checked|memory) .*"));
        assertNothingLeaked(outcome);
        if (before != null) {
            assertThat(Files.readAllBytes(file)).as("the input is never changed").isEqualTo(before);
        }
    }

    private void copyBase() throws IOException {
        try (Stream<Path> base = Files.list(CORPUS.resolve("base"))) {
            for (Path f : base.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    /** The marker and the first line of /etc/passwd appear in no output and no file written. */
    private void assertNothingLeaked(Outcome outcome) throws IOException {
        assertThat(outcome.out() + outcome.err()).doesNotContain(MARKER, PASSWD_LINE);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f :
                    files.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().equals("marker.txt"))
                            .filter(f -> sizeOf(f) < (32 << 20))
                            .toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(text).as(f.toString()).doesNotContain(MARKER, PASSWD_LINE);
            }
        }
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Outcome(int exit, String out, String err) {}

    /**
     * Through {@link Main#run}, with {@link System#err} and {@link System#out} caught as well: a
     * library logger writes there, not to the command's writers, and must write nothing.
     */
    private static Outcome inProcess(String[] args) {
        var out = new StringWriter();
        var err = new StringWriter();
        PrintStream realErr = System.err;
        PrintStream realOut = System.out;
        var stray = new ByteArrayOutputStream();
        int code;
        try (PrintStream catching = new PrintStream(stray, true, StandardCharsets.UTF_8)) {
            System.setErr(catching);
            System.setOut(catching);
            code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        } finally {
            System.setErr(realErr);
            System.setOut(realOut);
        }
        return new Outcome(
                code, out.toString(), err.toString() + stray.toString(StandardCharsets.UTF_8));
    }

    /**
     * A fresh JVM ({@code jvm -Xmx256m}: the options after {@code jvm}) running {@link Main#main}
     * in {@code dir}, as a user does.
     */
    static Outcome inNewJvm(String run, Path dir, String[] args)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString()));
        command.addAll(
                Arrays.asList(run.substring("jvm".length()).strip().split(" ")).stream()
                        .filter(s -> !s.isEmpty())
                        .toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        process.getOutputStream().close();
        var out = new ByteArrayOutputStream();
        Thread reader =
                new Thread(
                        () -> {
                            try {
                                process.getInputStream().transferTo(out);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
        reader.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        reader.join();
        return new Outcome(process.exitValue(), out.toString(StandardCharsets.UTF_8), err);
    }
}
