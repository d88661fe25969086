package dev.attache.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --tm DIR}: the project memory's folder. */
final class TmFolderMixin {
    @Option(
            names = "--tm",
            paramLabel = "DIR",
            defaultValue = "tm",
            description =
                    "The translation memory's folder (a Lucene index; default: ${DEFAULT-VALUE}).")
    Path folder;
}
