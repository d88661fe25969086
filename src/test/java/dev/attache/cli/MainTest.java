package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
    static List<List<String>> everyCommand() {
        List<List<String>> paths = new java.util.ArrayList<>();
        collect(new CommandLine(new AttacheCommand()), List.of(), paths);
        return paths;
    }

    private static void collect(CommandLine command, List<String> prefix, List<List<String>> paths) {
        paths.add(prefix);
        command.getSubcommands().forEach((name, sub) -> {
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

    @Test
    void versionNamesTheTool() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("attache ");
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
        assertThat(run.err()).contains("Unknown option: '--frobnicate'").contains("attache segment --help");
    }
}
