package dev.attache.cli;

import dev.attache.flow.AlignFlow;
import dev.attache.transcript.ParagraphMode;
import dev.attache.transcript.TranscriptOptions;
import java.nio.charset.Charset;
import java.nio.file.Files;
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
        name = "align",
        mixinStandardHelpOptions = true,
        description = {
            "Align an English transcript with its published translation (text, HTML or Word on either "
                    + "side), sentence by sentence, and write the pairs as an XLIFF file (one segment pair per aligned "
                    + "pair: xliff/<name>.en-<lang>.aligned.xlf) and a review worksheet (worksheets/…aligned.xlsx).",
            "Confident pairs are Translated there, doubtful ones Needs review; a confident pair with a QA error "
                    + "is marked Needs review too.",
            "Two folders: their files are paired by name (x.en.txt with x.ru.txt).",
            "With --tm, the confident pairs that pass QA go into that memory at once."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache align archive/en/lavrov-aliyev-2023-02-27.en.txt archive/ru/lavrov-aliyev-2023-02-27.ru.txt -t ru",
            "  attache align archive/en archive/az -t az --tm tm"
        })
final class AlignCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "EN_FILE",
            description = "The English transcript, or a folder of them.")
    private Path english;

    @Parameters(
            index = "1",
            paramLabel = "TARGET_FILE",
            description = "Its published translation, or a folder of them.")
    private Path target;

    @Option(
            names = {"-t", "--target"},
            required = true,
            paramLabel = "LANG",
            converter = LanguageConverter.class,
            description = "The translation's language (ru, az).")
    private Locale language;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "The XLIFF file to write (one pair of files only; default: xliff/<name>.en-<lang>.aligned.xlf).")
    private Path output;

    @Option(
            names = "--tm",
            paramLabel = "DIR",
            description =
                    "Add the confident pairs that pass QA to this memory (made when the folder is missing or empty).")
    private Path memory;

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            converter = CharsetConverter.class,
            description = "The text files' encoding (default: detected).")
    private Charset encoding;

    @Option(names = "--force", description = "Replace existing worksheets (each is kept as .bak).")
    private boolean force;

    @Mixin private GlossaryOptionsMixin glossary;

    @Override
    public Integer call() {
        boolean folders = Files.isDirectory(english);
        if (folders != Files.isDirectory(target)) {
            throw new ParameterException(spec.commandLine(), "Give two files or two folders.");
        }
        if (folders && output != null) {
            throw new ParameterException(
                    spec.commandLine(), "-o names one file, so it takes one pair of files.");
        }
        List<AlignFlow.FilePair> files =
                folders
                        ? AlignFlow.pairedByName(english, target, language)
                        : List.of(new AlignFlow.FilePair(english, target));
        var request =
                new AlignFlow.Request(
                        files,
                        language,
                        Optional.ofNullable(output),
                        Path.of("xliff"),
                        Path.of("worksheets"),
                        glossary.glossaryChoice(),
                        Optional.ofNullable(memory),
                        new TranscriptOptions(Optional.ofNullable(encoding), ParagraphMode.AUTO),
                        force);
        AlignFlow.Result result = new AlignFlow().run(request);
        Console console = Console.of(spec);
        for (AlignFlow.Aligned one : result.aligned()) {
            console.summary(one.line());
            console.summary("wrote %s and %s".formatted(one.xliff(), one.worksheet()));
        }
        result.memory().ifPresent(added -> console.summary(added.line()));
        return ExitCode.OK;
    }
}
