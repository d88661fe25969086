package dev.attache.cli;

import dev.attache.deliver.DoneSegments;
import dev.attache.flow.TmxFlow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "tmx",
        mixinStandardHelpOptions = true,
        description = {
            "Write the translated segment pairs of XLIFF files (1.2 or 2.x) as a TMX 1.4b memory: one "
                    + "<tu> per pair, written once however often it occurs, with the file, unit and segment it came from "
                    + "as <prop>s. The files must share their source language.",
            "A target identical to its source in state new counts as untranslated and is left out."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache tmx xliff/lavrov-aliyev-2023-02-27.en-ru.xlf",
            "  attache tmx xliff/*.xlf -o memory.tmx --only final --force"
        })
final class TmxCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "XLIFF", arity = "1..*", description = "The translated XLIFF files.")
    private List<Path> xliffs;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            defaultValue = "memory.tmx",
            description = "The TMX file to write (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(
            names = "--only",
            paramLabel = "translated|final",
            defaultValue = "translated",
            description = "Which pairs go in: every translated one (default), or only final ones.")
    private DoneSegments done;

    @Option(
            names = "--force",
            description = "Replace the memory if it exists (it is kept as .bak).")
    private boolean force;

    @Override
    public Integer call() {
        TmxFlow.Result result =
                new TmxFlow()
                        .run(
                                new TmxFlow.Request(xliffs, output, done, force),
                                VersionProvider.attacheVersion());
        Console.of(spec)
                .summary(
                        "wrote %s: %d translation units"
                                .formatted(result.output(), result.pairs()));
        return ExitCode.OK;
    }
}
