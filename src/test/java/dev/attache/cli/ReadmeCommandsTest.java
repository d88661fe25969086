package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command the README shows, so that it cannot go stale: each line of a code block that
 * starts with {@code attache } or {@code ./attache } (found by a CommonMark parser), in README
 * order, through a real shell in one copy of the project's {@code transcripts/}, {@code glossary/}
 * and {@code xliff/} (which is also {@code HOME}, so that a line that installs something there
 * leaves the real home alone), where {@code attache} and {@code ./attache} run {@link Main} on the
 * test class path (the real launcher would build the jar with Maven). A line must exit 0, or the
 * code its comment names ({@code # exits 4}).
 *
 * <p>A line that shows syntax rather than a command is skipped, and named as skipped in the test
 * report, when it has one of these placeholders: a word in capitals that is no file of the project
 * ({@code TRANSCRIPT...}, {@code FILE}), an optional part or alternatives ({@code [--force]},
 * {@code 1.2|2.1}), an ellipsis, or a file of the README's made-up document {@code x} ({@code
 * xliff/x.en-ru.xlf}).
 */
class ReadmeCommandsTest {
    private static final Path README = Path.of("README.md");
    private static final Pattern COMMAND = Pattern.compile("^(\\./)?attache\\s");
    private static final Pattern EXPECTED_EXIT = Pattern.compile("#\\s*exits?\\s+(\\d+)");
    private static final Pattern METAVARIABLE = Pattern.compile("[A-Z][A-Z_]+(\\.\\.\\.)?");
    private static final Pattern MADE_UP_DOCUMENT = Pattern.compile("(^|/)x\\.[a-z]");
    private static final long TIMEOUT_SECONDS = 300;

    @TempDir Path project;

    @TestFactory
    Stream<DynamicTest> everyCommandOfTheReadmeRuns() throws IOException {
        List<String> lines = commandLines(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(lines).as("the README shows commands in code blocks").isNotEmpty();
        for (String folder : List.of("transcripts", "glossary", "xliff")) {
            PathUtils.copyDirectory(Path.of(folder), project.resolve(folder));
        }
        Path launcher = launcher();
        Files.copy(launcher, project.resolve("attache"));
        return lines.stream()
                .map(
                        line ->
                                DynamicTest.dynamicTest(
                                        line,
                                        () -> {
                                            placeholder(line)
                                                    .ifPresent(
                                                            reason ->
                                                                    Assumptions.abort(
                                                                            "skipped ("
                                                                                    + reason
                                                                                    + "): "
                                                                                    + line));
                                            run(line, launcher.getParent());
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> placeholdersAreToldFromCommands() {
        return Stream.of(
                DynamicTest.dynamicTest(
                        "metavariable",
                        () ->
                                assertThat(placeholder("attache prepare TRANSCRIPT... -t ru"))
                                        .contains("a word in capitals: TRANSCRIPT...")),
                DynamicTest.dynamicTest(
                        "option syntax",
                        () ->
                                assertThat(placeholder("attache qa a.xlf [-g f.tbx]"))
                                        .contains("optional parts or alternatives")),
                DynamicTest.dynamicTest(
                        "made-up document",
                        () ->
                                assertThat(placeholder("attache qa xliff/x.en-ru.xlf"))
                                        .contains(
                                                "a file of the made-up document x: xliff/x.en-ru.xlf")),
                DynamicTest.dynamicTest(
                        "command",
                        () ->
                                assertThat(
                                                placeholder(
                                                        "./attache stats xliff/lavrov-aliyev-2023-02-27.en-ru.xlf --json"))
                                        .isEmpty()),
                DynamicTest.dynamicTest(
                        "code blocks only",
                        () ->
                                assertThat(
                                                commandLines(
                                                        "Run `attache qa a.xlf` or\n\n```\n./attache stats b.xlf\nmvn verify\n```\n\n    attache tmx c.xlf\n"))
                                        .containsExactly(
                                                "./attache stats b.xlf", "attache tmx c.xlf")));
    }

    /** The lines of the README's code blocks that run Attaché, in order. */
    private static List<String> commandLines(String markdown) {
        List<String> lines = new ArrayList<>();
        Parser.builder()
                .build()
                .parse(markdown)
                .accept(
                        new AbstractVisitor() {
                            @Override
                            public void visit(FencedCodeBlock block) {
                                add(block.getLiteral());
                            }

                            @Override
                            public void visit(IndentedCodeBlock block) {
                                add(block.getLiteral());
                            }

                            private void add(String code) {
                                code.lines()
                                        .map(String::strip)
                                        .filter(l -> COMMAND.matcher(l).find())
                                        .forEach(lines::add);
                            }
                        });
        return lines;
    }

    /** Why the line shows syntax rather than a command, if it does. */
    private Optional<String> placeholder(String line) {
        if (line.contains("[") || line.contains("|")) {
            return Optional.of("optional parts or alternatives");
        }
        if (line.contains("…")) {
            return Optional.of("an ellipsis");
        }
        for (String word : line.replaceFirst("#.*", "").split("\\s+")) {
            if (METAVARIABLE.matcher(word).matches() && !Files.exists(project.resolve(word))) {
                return Optional.of("a word in capitals: " + word);
            }
            if (MADE_UP_DOCUMENT.matcher(word).find()) {
                return Optional.of("a file of the made-up document x: " + word);
            }
        }
        return Optional.empty();
    }

    /** {@code bin/attache}: runs {@link Main} on this test's class path, with this test's Java. */
    private Path launcher() throws IOException {
        Path bin = Files.createDirectory(project.resolve(".bin"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script =
                "#!/bin/sh\nexec '"
                        + java
                        + "' -cp '"
                        + System.getProperty("java.class.path")
                        + "' dev.attache.cli.Main \"$@\"\n";
        Path launcher = Files.writeString(bin.resolve("attache"), script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        return launcher;
    }

    private void run(String line, Path bin) throws IOException, InterruptedException {
        Matcher expected = EXPECTED_EXIT.matcher(line);
        int expectedCode = expected.find() ? Integer.parseInt(expected.group(1)) : ExitCode.OK;
        Path log = Files.createTempFile(project, ".run", ".log");
        ProcessBuilder shell =
                new ProcessBuilder("bash", "-c", line)
                        .directory(project.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        shell.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        shell.environment().put("HOME", project.toString());
        Process process = shell.start();
        try {
            assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                    .as(line + " finished in time")
                    .isTrue();
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertThat(process.exitValue())
                .as(line + " said:\n" + Files.readString(log, StandardCharsets.UTF_8))
                .isEqualTo(expectedCode);
    }
}
