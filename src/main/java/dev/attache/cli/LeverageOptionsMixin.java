package dev.attache.cli;

import dev.attache.flow.MemoryChoice;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --tm DIR} or {@code --no-tm}: the memory whose matches {@code segment}, {@code prepare}
 * and {@code export} offer; without either, {@code tm} when it exists.
 */
final class LeverageOptionsMixin {
    @ArgGroup(exclusive = true)
    private Choice choice;

    static final class Choice {
        @Option(
                names = "--tm",
                paramLabel = "DIR",
                description =
                        "Offer the matches of this translation memory (it must exist; default: tm when it exists).")
        Path folder;

        @Option(names = "--no-tm", description = "Offer no translation memory matches.")
        boolean none;
    }

    MemoryChoice memoryChoice() {
        if (choice == null) {
            return new MemoryChoice.Default(Path.of("tm"));
        }
        return choice.none ? new MemoryChoice.None() : new MemoryChoice.Named(choice.folder);
    }
}
