package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every example in every command's help prints on a line of its own, whole, so that it can be
 * pasted into a shell; picocli wrapped them at 80 columns, inside a path ({@code import.} ⏎ {@code
 * html}).
 */
class HelpExamplesTest {
    @Test
    void everyExampleOfEveryCommandPrintsWhole() {
        List<String> broken = new ArrayList<>();
        int examples = 0;
        for (CommandLine command : commands(new CommandLine(new AttacheCommand()))) {
            String[] path = command.getCommandSpec().qualifiedName(" ").split(" ");
            CliRun help = CliRun.of(withHelp(path));
            List<String> lines = help.out().lines().toList();
            for (String line : command.getCommandSpec().usageMessage().footer()) {
                if (line.startsWith(ExamplesFooter.EXAMPLE)) {
                    examples++;
                    if (!lines.contains(line)) {
                        broken.add(command.getCommandSpec().qualifiedName(" ") + ": " + line);
                    }
                }
            }
            assertThat(lines)
                    .as(String.join(" ", path) + " --help: prose lines wrap within 80 columns")
                    .filteredOn(l -> !l.startsWith(ExamplesFooter.EXAMPLE))
                    .allMatch(l -> l.length() <= 80);
        }
        assertThat(examples).as("examples in the commands' help").isGreaterThan(40);
        assertThat(broken).as("examples not printed whole").isEmpty();
    }

    private static String[] withHelp(String[] path) {
        String[] args = Arrays.copyOfRange(path, 1, path.length + 1);
        args[args.length - 1] = "--help";
        return args;
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        root.getSubcommands().values().forEach(sub -> all.addAll(commands(sub)));
        return all;
    }
}
