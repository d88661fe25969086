package dev.attache.cli;

import dev.attache.flow.MemoryChoice;
import dev.attache.flow.SegmentFlow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
        name = "segment",
        mixinStandardHelpOptions = true,
        description = {
            "Split a transcript into sentences and write one XLIFF file per target language (1.2 unless "
                    + "--xliff-version 2.1).",
            "An XLIFF file there already keeps every translation whose source is unchanged, and the previous "
                    + "version is kept as .bak."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache segment transcripts/lavrov-aliyev-2023-02-27.en.txt -t ru,az",
            "  attache segment remarks.txt -t ru -o /tmp/remarks.en-ru.xlf --encoding windows-1252"
        })
final class SegmentCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(
            paramLabel = "TRANSCRIPT",
            description =
                    "The English transcript: plain text, an HTML page or a Word document (.docx).")
    private Path transcript;

    @Option(
            names = {"-t", "--target"},
            required = true,
            split = ",",
            paramLabel = "LANG",
            converter = LanguageConverter.class,
            description = "Target languages, comma-separated (ru,az).")
    private List<Locale> targets;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "The XLIFF file to write (one target language only; default: xliff/<name>.en-<lang>.xlf); "
                            + "never the transcript or the --srx file.")
    private Path output;

    @Mixin private TranscriptOptionsMixin source;

    @Mixin private GlossaryOptionsMixin glossary;

    @Mixin private XliffOutputMixin xliffOutput;

    @Mixin private LeverageOptionsMixin leverage;

    @Override
    public Integer call() {
        if (output != null && targets.size() > 1) {
            throw new ParameterException(
                    spec.commandLine(), "-o names one file, so it takes one target language.");
        }
        MemoryChoice memory = leverage.memoryChoice();
        var request =
                new SegmentFlow.Request(
                        transcript,
                        targets,
                        Optional.ofNullable(output),
                        Path.of("xliff"),
                        source.transcriptOptions(),
                        source.srxFile(),
                        source.keepBoilerplate,
                        glossary.glossaryChoice(),
                        xliffOutput.xliffChoice(),
                        memory,
                        source.documentChoice(spec, List.of(transcript)));
        Console console = Console.of(spec);
        SegmentFlow.Result result = new SegmentFlow(console.progress()).run(request);
        var report = new SegmentReport(console);
        report.report(result);
        report.reportUncovered(List.of(result));
        return ExitCode.OK;
    }
}
