package dev.attache.cli;

import dev.attache.flow.GlossaryChoice;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** {@code -g FILE} or {@code --no-glossary}; without either, the default glossary. */
final class GlossaryOptionsMixin {
    @ArgGroup(exclusive = true)
    private Choice choice;

    static final class Choice {
        @Option(
                names = {"-g", "--glossary"},
                paramLabel = "FILE",
                description =
                        "The termbase to apply (TBX or CSV; default: glossary/diplomatic-terms.tbx here, else the built-in one).")
        Path file;

        @Option(names = "--no-glossary", description = "Apply no glossary.")
        boolean none;
    }

    GlossaryChoice glossaryChoice() {
        if (choice == null) {
            return new GlossaryChoice.Default(Path.of(""));
        }
        return choice.none ? new GlossaryChoice.None() : new GlossaryChoice.FromFile(choice.file);
    }
}
