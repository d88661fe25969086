package dev.attache.cli;

import dev.attache.flow.ConvertFlow;
import dev.attache.xliff.XliffVersion;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert an XLIFF file between versions 1.2 and 2.1, keeping everything both carry: units and "
                + "their kinds, segments and the whitespace between them, targets and their states, notes.",
                "Without --xliff-version, a 1.2 file becomes 2.1 and a 2.x file becomes 1.2."},
        footerHeading = "%nExamples:%n",
        footer = {"  attache convert xliff/lavrov-aliyev-2023-02-27.en-ru.xlf /tmp/lavrov.en-ru.xlf --xliff-version 2.1",
                "  attache convert from-omegat.xlf xliff/lavrov-aliyev-2023-02-27.en-ru.xlf --xliff-version 1.2 --force",
                "  attache convert xliff/lavrov-aliyev-2023-02-27.en-az.xlf /tmp/for-omegat.xlf --xliff-version 1.2 --copy-source"})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The XLIFF file to convert (1.2 or 2.x).")
    private Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The XLIFF file to write.")
    private Path output;

    @Option(names = "--xliff-version", paramLabel = "1.2|2.1", converter = XliffVersionConverter.class,
            description = "The version to write (default: the other one).")
    private XliffVersion version;

    @Option(names = "--copy-source", negatable = true,
            description = "Write each empty target as a copy of its source, in state new, for CAT tools such as OmegaT.")
    private boolean copySource;

    @Option(names = "--force", description = "Replace OUT if it exists (it is kept as .bak).")
    private boolean force;

    @Mixin
    private GlossaryOptionsMixin glossary;

    @Override
    public Integer call() {
        ConvertFlow.Result result = new ConvertFlow().run(new ConvertFlow.Request(input, output,
                Optional.ofNullable(version), copySource, glossary.glossaryChoice(), force));
        Console.of(spec).summary("wrote %s: XLIFF %s from %s, %d units".formatted(result.output(), result.to(),
                result.from(), result.units()));
        return ExitCode.OK;
    }
}
