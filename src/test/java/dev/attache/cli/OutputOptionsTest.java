package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --quiet}, {@code --verbose}, {@code --[no-]color} and {@code NO_COLOR}, through real
 * commands.
 */
class OutputOptionsTest {
    private static final String ESC = "\u001B[";
    private static final String SHIPPED_RU = "xliff/lavrov-aliyev-2023-02-27.en-ru.xlf";

    @TempDir Path dir;

    private int runs;

    private static CliRun run(Terminal terminal, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), terminal, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private String[] segment(String... options) {
        var args =
                new java.util.ArrayList<>(
                        java.util.List.of(
                                "segment",
                                SegmentCommandTest.SHIPPED.toString(),
                                "-t",
                                "ru",
                                "-o",
                                dir.resolve(++runs + ".en-ru.xlf").toString(),
                                "--no-tm"));
        args.addAll(java.util.List.of(options));
        return args.toArray(String[]::new);
    }

    @Test
    void quietLeavesOutSummariesAndNotes() {
        CliRun normal = CliRun.of(segment());
        CliRun quiet = CliRun.of(segment("--quiet"));

        assertThat(normal.out()).as("segment's product is a file: nothing on stdout").isEmpty();
        assertThat(normal.err())
                .contains("applied glossary")
                .contains("wrote ")
                .contains("note: ")
                .contains("left out web page boilerplate");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void quietKeepsWhatTheCommandIsForAndItsProblems() {
        CliRun stats = CliRun.of("stats", SHIPPED_RU, "-q");
        CliRun missing = CliRun.of("qa", dir.resolve("nope.xlf").toString(), "-q");

        assertThat(stats.out())
                .isEqualTo(CliRun.of("stats", SHIPPED_RU).out())
                .contains("source words");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).startsWith("error: ");
    }

    @Test
    void quietAndVerboseDoNotGoTogether() {
        CliRun run = CliRun.of("stats", SHIPPED_RU, "--quiet", "--verbose");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith("error: --quiet and --verbose do not go together")
                .contains("attache stats --help");
    }

    @Test
    void summariesAreColouredOnlyOnATerminal() {
        CliRun terminal = run(Terminal.of(true, true, false), segment());
        CliRun pipe = run(Terminal.of(false, false, false), segment());

        assertThat(terminal.err())
                .contains(ESC + "1mwrote" + ESC + "0m " + dir.resolve("1.en-ru.xlf"))
                .contains(ESC + "1m" + ESC + "36mnote" + ESC + "0m: ");
        assertThat(pipe.err()).doesNotContain(ESC).contains("wrote " + dir.resolve("2.en-ru.xlf"));
    }

    @Test
    void eachStreamIsColouredOnlyIfItIsATerminal() throws java.io.IOException {
        java.nio.file.Path csv =
                java.nio.file.Files.writeString(
                        dir.resolve("bad.csv"), "id,en,ru,az\nc-a,Baku,Баку,\n");
        CliRun stdoutOnly =
                run(Terminal.of(true, false, false), "glossary", "validate", csv.toString());
        CliRun stderrOnly =
                run(Terminal.of(false, true, false), "glossary", "validate", csv.toString());

        assertThat(stdoutOnly.out())
                .as("a check's findings, its product")
                .contains(ESC + "1m" + ESC + "31merror");
        assertThat(stdoutOnly.err()).contains("checked ").doesNotContain(ESC);
        assertThat(stderrOnly.out()).contains("error: ").doesNotContain(ESC);
        assertThat(stderrOnly.err()).contains(ESC + "1mchecked" + ESC + "0m ");
    }

    @Test
    void noColorOptionAndNoColorVariableTurnColourOff() {
        CliRun option = run(Terminal.of(true, true, false), segment("--no-color"));
        CliRun variable = run(Terminal.of(true, true, true), segment());
        CliRun helpOption = run(Terminal.of(true, true, false), "segment", "--help", "--no-color");
        CliRun help = run(Terminal.of(true, true, false), "segment", "--help");

        assertThat(option.out() + option.err()).contains("wrote ").doesNotContain(ESC);
        assertThat(variable.out() + variable.err()).contains("wrote ").doesNotContain(ESC);
        assertThat(help.out()).contains(ESC);
        assertThat(helpOption.out()).contains("Usage: attache segment").doesNotContain(ESC);
    }

    @Test
    void progressIsShownOnlyOnATerminalStderrAndNeverWhenQuiet() {
        var out = new PrintWriter(new StringWriter());
        OutputChoice quiet = new OutputChoice(OutputChoice.Verbosity.QUIET, false);

        assertThat(
                        new Console(out, out, OutputChoice.NORMAL, Terminal.of(false, true, false))
                                .progress())
                .isInstanceOf(ProgressBars.class);
        assertThat(
                        new Console(out, out, OutputChoice.NORMAL, Terminal.of(true, false, false))
                                .progress())
                .isNotInstanceOf(ProgressBars.class);
        assertThat(new Console(out, out, quiet, Terminal.of(false, true, false)).progress())
                .isNotInstanceOf(ProgressBars.class);
    }
}
