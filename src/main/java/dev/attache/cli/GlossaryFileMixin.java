package dev.attache.cli;

import dev.attache.flow.GlossaryChoice;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -g FILE}, for commands that always need a glossary; without it, the default one. */
final class GlossaryFileMixin {
    @Option(
            names = {"-g", "--glossary"},
            paramLabel = "FILE",
            description =
                    "The termbase (TBX or CSV; default: glossary/diplomatic-terms.tbx here, else the built-in one).")
    private Path file;

    GlossaryChoice glossaryChoice() {
        return file == null
                ? new GlossaryChoice.Default(Path.of(""))
                : new GlossaryChoice.FromFile(file);
    }
}
