package dev.attache.cli;

import dev.attache.flow.ReportFlow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write one self-contained HTML page on XLIFF files (1.2 or 2.x), for people who would rather "
                    + "look than read: per document and language the progress by state as bar charts, the words "
                    + "translated (GMX-V), the term QA findings grouped by kind with links to their units, and the "
                    + "glossary coverage (the concepts in the sources, the renderings used in the targets, the "
                    + "deprecated terms that slipped in).",
            "The page loads nothing: its style is inline, its charts inline SVG, and its Content-Security-Policy "
                    + "forbids every request. It is written atomically.",
            "Exit 0 when written, whatever it shows (qa is the gate); 3 when a file is not readable XLIFF or the "
                    + "page exists without --force."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache report xliff/lavrov-aliyev-2023-02-27.en-ru.xlf",
            "  attache report xliff/*.xlf -o progress.html --force"
        })
final class ReportCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "XLIFF", arity = "1..*", description = "The XLIFF files to report on.")
    private List<Path> xliffs;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            defaultValue = "report.html",
            description = "The HTML page to write (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = "--force", description = "Replace the page if it exists (it is kept as .bak).")
    private boolean force;

    @Mixin private GlossaryOptionsMixin glossary;

    @Override
    public Integer call() {
        ReportFlow.Result result =
                new ReportFlow()
                        .run(
                                new ReportFlow.Request(
                                        xliffs, glossary.glossaryChoice(), output, force));
        Console.of(spec)
                .summary(
                        "wrote %s: %d files, %d QA findings"
                                .formatted(result.output(), result.documents(), result.findings()));
        return ExitCode.OK;
    }
}
