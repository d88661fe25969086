package dev.attache.cli;

import dev.attache.flow.TmExportFlow;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write every entry of the memory as TMX 1.4b (Okapi's TMX writer): its key as tuid, "
                    + "creationid and creationdate, the file it came from as the x-file prop, xml:lang on every tuv."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache tm export -o memory.tmx",
            "  attache tm export -o project.tmx --tm ../other-project/tm --force"
        })
final class TmExportCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE.tmx",
            required = true,
            description = "The TMX file to write.")
    private Path output;

    @Option(names = "--force", description = "Replace the file if it exists (it is kept as .bak).")
    private boolean force;

    @Mixin private TmFolderMixin tm;

    @Override
    public Integer call() {
        TmExportFlow.Result result =
                new TmExportFlow()
                        .run(
                                new TmExportFlow.Request(tm.folder, output, force),
                                VersionProvider.attacheVersion());
        Console.of(spec)
                .summary(
                        "wrote %s: %d translation units"
                                .formatted(result.output(), result.pairs()));
        return ExitCode.OK;
    }
}
