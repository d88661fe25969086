package dev.attache.cli;

import dev.attache.flow.GlossaryConversion;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Convert a glossary between TBX and CSV, as the file names say (.tbx or .csv). "
                    + "TBX v2 (martif) input is written out as TBX v3. CSV keeps every term with its status, "
                    + "part of speech and note, and each concept's id, subject, definition and source.",
            "An existing output is replaced only with --force (the old one is then kept as .bak).",
            "Exit 0 when done, 3 when the input cannot be read as a glossary or the output exists without --force."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache glossary convert glossary/diplomatic-terms.tbx -o terms.csv",
            "  attache glossary convert terms.csv -o terms.tbx",
            "  attache glossary convert reviewed.csv -o glossary/diplomatic-terms.tbx --force"
        })
public final class GlossaryConvertCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "GLOSSARY", description = "The glossary to read (.tbx or .csv).")
    private Path in;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            required = true,
            description = "The file to write (.tbx or .csv), atomically.")
    private Path out;

    @Option(
            names = "--force",
            description = "Replace the output if it exists (it is kept as .bak).")
    private boolean force;

    @Override
    public Integer call() {
        GlossaryConversion.Summary summary = new GlossaryConversion().convert(in, out, force);
        Console console = Console.of(spec);
        summary.problems().forEach(p -> console.problem(p.line(in.toString())));
        console.summary("wrote " + out + ": " + summary.concepts() + " concepts from " + in);
        return ExitCode.OK;
    }
}
