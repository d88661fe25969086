package dev.attache.cli;

import dev.attache.workbench.QaFlow;
import dev.attache.workbench.QaJsonWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "qa", mixinStandardHelpOptions = true,
        description = {"Check the glossary terms of every translated segment of an XLIFF file.",
                "A term found in the source must appear in the target as its preferred (or an admitted) rendering, "
                        + "in any inflected form; a deprecated rendering is flagged wherever it appears.",
                "--json prints one object instead: format \"attache-qa\", version 1, file, glossary, checkedSegments, "
                        + "errors, warnings, findings (for each, in document order: segment, unit, severity error|warning, "
                        + "kind missing-term|too-few-occurrences|deprecated-term, concept, message).",
                "Exit 0 when clean, 4 when a term is missing or deprecated (warnings alone exit 0)."},
        footerHeading = "%nExamples:%n",
        footer = {"  attache qa xliff/lavrov-aliyev-2023-02-27.en-ru.xlf",
                "  attache qa xliff/lavrov-aliyev-2023-02-27.en-az.xlf -g my-terms.csv",
                "  attache qa xliff/lavrov-aliyev-2023-02-27.en-ru.xlf --json"})
final class QaCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "XLIFF", description = "The XLIFF file to check (1.2 or 2.x).")
    private Path xliff;

    @Option(names = "--json", description = "Print the findings as JSON (the shape above) instead of lines.")
    private boolean json;

    @Mixin
    private GlossaryFileMixin glossary;

    @Override
    public Integer call() {
        QaFlow.Result result = new QaFlow().run(xliff, glossary.glossaryChoice());
        Console console = Console.of(spec);
        if (json) {
            new QaJsonWriter().write(xliff, result, console.data());
        } else {
            result.findings().forEach(f -> console.problem("%s: %s:%s: %s".formatted(f.finding().severity().word(),
                    xliff, f.segment(), f.finding().message())));
            console.summary("checked %d translated segments against %s: %d findings".formatted(
                    result.checkedSegments(), result.glossary().origin(), result.findings().size()));
        }
        return result.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
