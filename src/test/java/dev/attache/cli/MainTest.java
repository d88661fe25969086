package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class MainTest {
    static List<List<String>> everyCommand() {
        List<List<String>> paths = new java.util.ArrayList<>();
        collect(new CommandLine(new AttacheCommand()), List.of(), paths);
        return paths;
    }

    private static void collect(
            CommandLine command, List<String> prefix, List<List<String>> paths) {
        paths.add(prefix);
        command.getSubcommands()
                .forEach(
                        (name, sub) -> {
                            if (!sub.getCommandSpec().name().equals(name)) {
                                return;
                            }
                            var path = new java.util.ArrayList<>(prefix);
                            path.add(name);
                            collect(sub, path, paths);
                        });
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyCommandHasHelpWithAnExample(List<String> command) {
        var args = new java.util.ArrayList<>(command);
        args.add("--help");
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: attache").containsPattern("Examples?:\\s+attache ");
    }

    /**
     * A command line that names a command builds only that one (Main): its help, options and
     * inherited options must be what the whole tree gives it.
     */
    @ParameterizedTest
    @MethodSource("everyCommand")
    void aCommandBuiltAloneHelpsAsInTheWholeTree(List<String> command) {
        CommandLine whole = new CommandLine(new AttacheCommand());
        ExamplesFooter.installOn(whole);
        for (String name : command) {
            whole = whole.getSubcommands().get(name);
        }
        var args = new java.util.ArrayList<>(command);
        args.add("--help");

        assertThat(CliRun.of(args.toArray(String[]::new)).out())
                .isEqualTo(whole.getUsageMessage(CommandLine.Help.Ansi.OFF));
    }

    @Test
    void versionNamesTheToolAndTheLibrariesThatDoTheWork() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("attache ")
                .containsPattern("\nOkapi Framework 1\\.\\d+\\.\\d+\\n")
                .containsPattern("\nApache POI 5\\.\\d+\\.\\d+\\n")
                .containsPattern("\nApache Lucene 9\\.\\d+\\.\\d+\\n")
                .contains("\npicocli " + CommandLine.VERSION + "\n")
                .contains("\nJava " + Runtime.version());
        assertThat(CliRun.of("tm", "--version").out()).isEqualTo(run.out());
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        CliRun run = CliRun.of("prepair", "x.txt", "-t", "ru");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains("Unmatched argument")
                .containsPattern("Did you mean: attache prepare[ ?]");
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        CliRun run = CliRun.of("merge", "x.xlf", "--alow-untranslated");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains("Unknown option: '--alow-untranslated'")
                .contains("--allow-untranslated");
    }

    @Test
    void onOffOptionsAreNegatable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String help = CliRun.of("segment", "--help").out();
        CliRun keep =
                CliRun.of(
                        "segment",
                        SegmentCommandTest.SHIPPED.toString(),
                        "-t",
                        "ru",
                        "--no-tm",
                        "-o",
                        dir.resolve("a.xlf").toString(),
                        "--keep-boilerplate");
        CliRun leaveOut =
                CliRun.of(
                        "segment",
                        SegmentCommandTest.SHIPPED.toString(),
                        "-t",
                        "ru",
                        "--no-tm",
                        "-o",
                        dir.resolve("b.xlf").toString(),
                        "--no-keep-boilerplate",
                        "--no-copy-source");

        assertThat(help)
                .contains("--[no-]keep-boilerplate")
                .contains("--[no-]copy-source")
                .contains("--[no-]color");
        assertThat(keep.err()).doesNotContain("left out web page boilerplate");
        assertThat(leaveOut.exitCode()).as(leaveOut.err()).isZero();
        assertThat(leaveOut.err()).contains("left out web page boilerplate");
    }

    @Test
    void optionsMayBeAbbreviated() {
        // before the files: picocli 4.7.7 takes an abbreviation after a list of files for one more
        // file
        CliRun run = CliRun.of("stats", "--js", "xliff/lavrov-aliyev-2023-02-27.en-ru.xlf");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo(
                        CliRun.of("stats", "xliff/lavrov-aliyev-2023-02-27.en-ru.xlf", "--json")
                                .out());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("error: a command is needed");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("segment", "x.txt", "-t", "ru", "--frobnicate");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains("Unknown option: '--frobnicate'")
                .contains("attache segment --help");
    }
}
