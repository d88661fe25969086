package dev.attache.cli;

import dev.attache.flow.XliffChoice;
import dev.attache.xliff.XliffVersion;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --xliff-version 1.2|2.1} and {@code --copy-source}, for the commands that write XLIFF
 * files.
 */
final class XliffOutputMixin {
    @Option(
            names = "--xliff-version",
            paramLabel = "1.2|2.1",
            converter = XliffVersionConverter.class,
            description =
                    "The XLIFF version to write (default: that of the file being replaced, else 1.2).")
    private XliffVersion version;

    @Option(
            names = "--copy-source",
            negatable = true,
            description =
                    "Write each empty target as a copy of its source, in state new: CAT tools such as OmegaT "
                            + "translate only what is inside <target>. Read back, such a copy counts as untranslated.")
    private boolean copySource;

    XliffChoice xliffChoice() {
        return new XliffChoice(Optional.ofNullable(version), copySource);
    }
}
