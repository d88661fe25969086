package dev.attache.cli;

import dev.attache.flow.ExportFlow;
import dev.attache.glossary.LoadedGlossary;
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
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write a translator worksheet (.xlsx) for an XLIFF file, with the translations it already holds.",
            "When the project memory (tm/) exists or --tm names one, its matches are offered as 'segment' offers "
                    + "them, and the XLIFF file is rewritten with them (the previous one kept as .bak)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache export xliff/lavrov-aliyev-2023-02-27.en-ru.xlf",
            "  attache export xliff/*.en-az.xlf",
            "  attache export xliff/lavrov-aliyev-2023-02-27.en-az.xlf -o /tmp/for-review.xlsx --password s3cret",
            "  attache export xliff/lavrov-aliyev-2023-02-27.en-ru.xlf --tm ../shared-tm --force"
        })
final class ExportCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(
            paramLabel = "XLIFF",
            arity = "1..*",
            description = "The XLIFF files (1.2 or 2.x), a worksheet each.")
    private List<Path> xliffs;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "The worksheet to write (one XLIFF file only; default: worksheets/<name>.en-<lang>.xlsx); "
                            + "never the XLIFF file.")
    private Path output;

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            description = "Protect the sheets with this password (default: protected without one).")
    private String password;

    @Option(
            names = "--force",
            description = "Replace the worksheet if it exists (it is kept as .bak).")
    private boolean force;

    @Mixin private GlossaryOptionsMixin glossary;

    @Mixin private LeverageOptionsMixin leverage;

    @Override
    public Integer call() {
        if (output != null && xliffs.size() > 1) {
            throw new ParameterException(
                    spec.commandLine(), "-o names one worksheet, so it takes one XLIFF file");
        }
        Console console = Console.of(spec);
        Optional<LoadedGlossary> loaded = glossary.glossaryChoice().load();
        xliffs.forEach(xliff -> export(xliff, loaded, console));
        return ExitCode.OK;
    }

    private void export(Path xliff, Optional<LoadedGlossary> loaded, Console console) {
        Path worksheet =
                output != null ? output : ExportFlow.defaultWorksheet(Path.of("worksheets"), xliff);
        ExportFlow.Result result =
                new ExportFlow(console.progress())
                        .run(
                                new ExportFlow.Request(
                                        xliff,
                                        worksheet,
                                        loaded,
                                        Optional.ofNullable(password),
                                        force,
                                        leverage.memoryChoice()));
        result.leverage()
                .ifPresent(
                        l ->
                                console.summary(
                                        "memory %s: %d exact, %d fuzzy, %d new segments%s"
                                                .formatted(
                                                        SegmentReport.folderName(l.memory()),
                                                        l.exact(),
                                                        l.fuzzy(),
                                                        l.fresh(),
                                                        result.xliffRewritten()
                                                                ? "; rewrote "
                                                                        + xliff
                                                                        + " with them (the previous file is .bak)"
                                                                : "")));
        result.exactMatchFindings()
                .forEach(
                        f ->
                                console.problem(
                                        "%s: %s: %s (from memory)"
                                                .formatted(
                                                        f.finding().severity().word(),
                                                        xliff,
                                                        f.describe())));
        console.summary(
                "wrote %s: %d rows, %d translated"
                        .formatted(result.worksheet(), result.rows(), result.translatedRows()));
    }
}
