package dev.attache.cli;

import dev.attache.flow.MemoryChoice;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --tm DIR} and {@code --no-tm}: the memory whose matches {@code segment}, {@code prepare}
 * and {@code export} offer.
 */
final class LeverageOptionsMixin {
    @Option(
            names = "--tm",
            paramLabel = "DIR",
            description =
                    "Offer the matches of this translation memory (it must exist; default: tm when it exists).")
    Path folder;

    @Option(names = "--no-tm", description = "Offer no translation memory matches.")
    boolean noTm;

    MemoryChoice memoryChoice(CommandSpec spec) {
        if (noTm && folder != null) {
            throw new ParameterException(spec.commandLine(), "--tm and --no-tm do not go together");
        }
        return noTm
                ? new MemoryChoice.None()
                : folder != null
                        ? new MemoryChoice.Named(folder)
                        : new MemoryChoice.Default(Path.of("tm"));
    }
}
