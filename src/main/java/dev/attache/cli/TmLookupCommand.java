package dev.attache.cli;

import dev.attache.flow.TmLookupFlow;
import dev.attache.memory.LanguagePair;
import dev.attache.output.LookupJsonWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "lookup",
        mixinStandardHelpOptions = true,
        description = {
            "The best matches the memory has for TEXT in one language pair: exact ones (score 100) first, "
                    + "then fuzzy ones by the word-level score the README defines. Languages compare by their primary language, as prepare "
                    + "leverages: -t ru-RU finds the ru entries too; entries of other languages never answer.",
            "--json prints {\"format\": \"attache-tm-lookup\", \"version\": 1, \"query\": TEXT, "
                    + "\"sourceLanguage\": \"en\", \"targetLanguage\": \"ru\", \"matches\": [{\"score\": 100, "
                    + "\"exact\": true, \"source\": …, \"target\": …, \"file\": …, \"creator\": …, "
                    + "\"created\": \"2024-05-06T07:08:09Z\"}]}, best match first.",
            "Exit 0 whether or not there are matches (none: a note on stderr and nothing on stdout), 3 when the folder is not a memory."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache tm lookup \"Mr Aliyev,\" -t ru",
            "  attache tm lookup \"In 2024, we marked the anniversary.\" -t az --min 60 --max 5 --json"
        })
final class TmLookupCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "TEXT", description = "The source text to look up.")
    private String text;

    @Option(
            names = {"-t", "--target"},
            paramLabel = "LANG",
            required = true,
            converter = LanguageConverter.class,
            description = "The target language (ru, az, …).")
    private Locale target;

    @Option(
            names = {"-s", "--source"},
            paramLabel = "LANG",
            defaultValue = "en",
            converter = LanguageConverter.class,
            description = "The source language (default: ${DEFAULT-VALUE}).")
    private Locale source;

    @Option(
            names = "--min",
            paramLabel = "SCORE",
            defaultValue = "75",
            description = "The lowest score that counts, 0 to 100 (default: ${DEFAULT-VALUE}).")
    private int min;

    @Option(
            names = "--max",
            paramLabel = "N",
            defaultValue = "3",
            description = "How many matches at most (default: ${DEFAULT-VALUE}).")
    private int max;

    @Option(names = "--json", description = "Print the matches as JSON (the shape above).")
    private boolean json;

    @Mixin private TmFolderMixin tm;

    @Override
    public Integer call() {
        if (min < 0 || min > 100 || max < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--min is a score from 0 to 100 and --max at least 1");
        }
        TmLookupFlow.Result result =
                new TmLookupFlow()
                        .run(
                                new TmLookupFlow.Request(
                                        tm.folder,
                                        text,
                                        new LanguagePair(source, target),
                                        min,
                                        max));
        Console console = Console.of(spec);
        if (json) {
            new LookupJsonWriter()
                    .write(text, result.request().languages(), result.matches(), console.data());
        } else if (result.matches().isEmpty()) {
            console.note("note: no match of " + min + "% or more in " + tm.folder);
        } else {
            result.lines().forEach(console.data()::println);
        }
        return ExitCode.OK;
    }
}
