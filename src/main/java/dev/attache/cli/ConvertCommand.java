package dev.attache.cli;

import dev.attache.flow.ConvertFlow;
import dev.attache.xliff.XliffVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Convert an XLIFF file between versions 1.2 and 2.1, keeping everything both carry: units and "
                    + "their kinds, segments and the whitespace between them, targets and their states, notes.",
            "Without --xliff-version, a 1.2 file becomes 2.1 and a 2.x file becomes 1.2."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache convert xliff/lavrov-aliyev-2023-02-27.en-ru.xlf -o /tmp/lavrov.en-ru.xlf --xliff-version 2.1",
            "  attache convert from-omegat.xlf -o xliff/lavrov-aliyev-2023-02-27.en-ru.xlf --xliff-version 1.2 --force",
            "  attache convert xliff/lavrov-aliyev-2023-02-27.en-az.xlf -o /tmp/for-omegat.xlf --xliff-version 1.2 --copy-source",
            "  attache convert xliff/*.xlf -o /tmp/xliff21 --xliff-version 2.1"
        })
final class ConvertCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(
            paramLabel = "XLIFF",
            arity = "1..*",
            description = "The XLIFF files to convert (1.2 or 2.x).")
    private List<Path> inputs;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE|DIR",
            required = true,
            description =
                    "The XLIFF file to "
                            + "write; for several XLIFF files, an existing folder, where each is written under its own name.")
    private Path output;

    @Option(
            names = "--xliff-version",
            paramLabel = "1.2|2.1",
            converter = XliffVersionConverter.class,
            description = "The version to write (default: the other one).")
    private XliffVersion version;

    @Option(
            names = "--copy-source",
            negatable = true,
            description =
                    "Write each empty target as a copy of its source, in state new, for CAT tools such as OmegaT.")
    private boolean copySource;

    @Option(
            names = "--force",
            description = "Replace the output if it exists (it is kept as .bak).")
    private boolean force;

    @Mixin private GlossaryOptionsMixin glossary;

    @Override
    public Integer call() {
        if (inputs.size() > 1 && !Files.isDirectory(output)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "-o "
                            + output
                            + ": several XLIFF files are converted "
                            + "into a folder, and there is no folder of that name");
        }
        Console console = Console.of(spec);
        for (Path input : inputs) {
            Path written = inputs.size() > 1 ? output.resolve(input.getFileName()) : output;
            ConvertFlow.Result result =
                    new ConvertFlow()
                            .run(
                                    new ConvertFlow.Request(
                                            input,
                                            written,
                                            Optional.ofNullable(version),
                                            copySource,
                                            glossary.glossaryChoice(),
                                            force));
            console.summary(
                    "wrote %s: XLIFF %s from %s, %d units"
                            .formatted(
                                    result.output(), result.to(), result.from(), result.units()));
        }
        return ExitCode.OK;
    }
}
