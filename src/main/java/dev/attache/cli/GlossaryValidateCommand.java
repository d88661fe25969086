package dev.attache.cli;

import dev.attache.flow.GlossaryValidation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check a glossary file: its structure, then its content: every concept has a preferred "
                    + "en, ru and az term, no term is listed twice or in two concepts, parts of speech are TBX-Basic's.",
            "Exit 0 when clean, 4 with findings, 3 when the file cannot be read as a glossary."
        },
        footerHeading = "%nExample:%n",
        footer = "  attache glossary validate glossary/diplomatic-terms.tbx")
public final class GlossaryValidateCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The glossary: .tbx (TBX v3 or v2) or .csv.")
    private Path file;

    @Override
    public Integer call() {
        GlossaryValidation.Report report = new GlossaryValidation().validate(file);
        Console console = Console.of(spec);
        report.findingLines().forEach(console::finding);
        console.summary(report.summary());
        return report.clean() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
