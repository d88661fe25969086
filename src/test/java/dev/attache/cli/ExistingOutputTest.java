package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that writes a file it names, run over a file that is there already: without {@code
 * --force} one {@code error:} line naming the file, exit 3, the file as it was and nothing beside
 * it; with {@code --force} the new file, the old one as {@code .bak}, no temporary file left. And
 * an output that is one of the command's inputs is refused even with {@code --force}. ({@code
 * prepare}, which names no output, is in {@code PrepareFlowTest}; an import's {@code --report} is
 * never replaced, in {@code ImportCommandTest}.)
 */
class ExistingOutputTest {
    private static final String XLIFF = "xliff/lavrov-aliyev-2023-02-27.en-ru.xlf";
    private static final String TRANSCRIPT = "transcripts/lavrov-aliyev-2023-02-27.en.txt";
    private static final String GLOSSARY = "glossary/diplomatic-terms.tbx";
    private static final String MINE = "a file of mine, not to be lost";

    @TempDir Path dir;

    /**
     * A writer: its arguments, {@code OUT} standing for the file it writes, and that file: its
     * name, or, when it is an input too, the project file it is a copy of.
     */
    record Writer(String name, String file, List<String> args) {
        @Override
        public String toString() {
            return name;
        }

        String[] with(Path out, String... more) {
            List<String> all =
                    new ArrayList<>(
                            args.stream().map(a -> a.equals("OUT") ? out.toString() : a).toList());
            all.addAll(List.of(more));
            return all.toArray(String[]::new);
        }
    }

    static Stream<Writer> writers() {
        return Stream.of(
                new Writer("export", "out.xlsx", List.of("export", XLIFF, "-o", "OUT", "--no-tm")),
                new Writer(
                        "merge",
                        "out.txt",
                        List.of("merge", XLIFF, "--allow-untranslated", "-o", "OUT")),
                new Writer("tmx", "out.tmx", List.of("tmx", XLIFF, "-o", "OUT")),
                new Writer(
                        "convert",
                        "out.xlf",
                        List.of("convert", XLIFF, "-o", "OUT", "--no-glossary")),
                new Writer(
                        "report",
                        "out.html",
                        List.of("report", XLIFF, "-o", "OUT", "--no-glossary")),
                new Writer(
                        "glossary convert",
                        "out.csv",
                        List.of("glossary", "convert", GLOSSARY, "-o", "OUT")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void anExistingOutputIsReplacedOnlyWithForceAndKeptAsBak(Writer writer) throws IOException {
        Path out = Files.writeString(dir.resolve(writer.file()), MINE, StandardCharsets.UTF_8);

        CliRun refused = CliRun.of(writer.with(out));

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err().lines())
                .singleElement()
                .asString()
                .startsWith("error: " + out + ": exists")
                .contains(
                        "run again with --force to replace it (the old one is then kept as .bak)");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(MINE);
        assertThat(filesIn(dir)).containsExactly(out.getFileName().toString());

        CliRun forced = CliRun.of(writer.with(out, "--force"));

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(
                        Files.readString(
                                dir.resolve(out.getFileName() + ".bak"), StandardCharsets.UTF_8))
                .isEqualTo(MINE);
        assertThat(Files.readAllBytes(out))
                .isNotEqualTo(MINE.getBytes(StandardCharsets.UTF_8))
                .isNotEmpty();
        assertThat(filesIn(dir))
                .as("no temporary file is left")
                .containsExactlyInAnyOrder(
                        out.getFileName().toString(), out.getFileName() + ".bak");
    }

    /**
     * A command asked to write over one of its own inputs, with {@code --force} where it has one
     * ({@code segment} replaces an XLIFF file it writes, keeping it as .bak); each input is a copy
     * in the test's folder.
     */
    static Stream<Writer> writersOverTheirInput() {
        return Stream.of(
                new Writer(
                        "export",
                        XLIFF,
                        List.of("export", "OUT", "-o", "OUT", "--no-tm", "--force")),
                new Writer(
                        "merge",
                        TRANSCRIPT,
                        List.of(
                                "merge",
                                XLIFF,
                                "--allow-untranslated",
                                "--original",
                                "OUT",
                                "-o",
                                "OUT",
                                "--force")),
                new Writer("tmx", XLIFF, List.of("tmx", "OUT", "-o", "OUT", "--force")),
                new Writer(
                        "convert",
                        XLIFF,
                        List.of("convert", "OUT", "-o", "OUT", "--no-glossary", "--force")),
                new Writer(
                        "report",
                        XLIFF,
                        List.of("report", "OUT", "-o", "OUT", "--no-glossary", "--force")),
                new Writer(
                        "segment",
                        TRANSCRIPT,
                        List.of("segment", "OUT", "-t", "ru", "-o", "OUT", "--no-tm")),
                new Writer(
                        "glossary convert",
                        GLOSSARY,
                        List.of("glossary", "convert", "OUT", "-o", "OUT", "--force")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writersOverTheirInput")
    void anInputIsNeverAnOutputNotEvenWithForce(Writer writer) throws IOException {
        Path source = Path.of(writer.file());
        Path input = Files.copy(source, dir.resolve(source.getFileName()));
        byte[] before = Files.readAllBytes(input);

        CliRun run = CliRun.of(writer.with(input));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .isEqualTo(
                        "error: "
                                + input
                                + ": is an input of this command: write the output to another file");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly(input.getFileName().toString());
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
