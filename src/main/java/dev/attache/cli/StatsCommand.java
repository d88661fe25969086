package dev.attache.cli;

import dev.attache.deliver.WordCountReport;
import dev.attache.flow.StatsFlow;
import dev.attache.output.WordCountJsonWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = {
            "Count the words of XLIFF files the GMX-V way (Okapi's word counter, each text in its own "
                    + "language): segments, source words and target words per state (new, translated, needs review, "
                    + "final), in total and per paragraph kind (title, dateline, salutation, body, ...).",
            "Only translatable units count: a non-translatable unit such as the reference number is no "
                    + "translation work. Target words are those of the target text, 0 for an untranslated "
                    + "segment. A target identical to its source with state new counts as untranslated, a target "
                    + "that differs with state new counts as translated (a CAT tool filled it).",
            "Several files of the same language pair are added up in a total (files of different pairs are not).",
            "--json prints one object instead: format \"attache-stats\", version 1, files (for each file: file, "
                    + "sourceLanguage, targetLanguage, wordCounter \"GMX-V\", total, byState with new, translated, "
                    + "needs-review and final always present, byKind with the kinds in document order) and totals "
                    + "(for each language pair: the same, with the number of files instead of file); every figure "
                    + "is {segments, sourceWords, targetWords}.",
            "Exit 0 when counted, 3 when a file is not readable XLIFF (then nothing is printed)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache stats xliff/lavrov-aliyev-2023-02-27.en-ru.xlf",
            "  attache stats xliff/*.xlf --json"
        })
final class StatsCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(
            paramLabel = "XLIFF",
            arity = "1..*",
            description = "The XLIFF files to count (1.2 or 2.x).")
    private List<Path> xliffs;

    @Option(
            names = "--json",
            description = "Print the figures as JSON (the shape above) instead of tables.")
    private boolean json;

    @Override
    public Integer call() {
        WordCountReport report = new StatsFlow().run(xliffs);
        Console console = Console.of(spec);
        if (json) {
            new WordCountJsonWriter().write(report, console.data());
        } else {
            new WordCountTable(console.data()).print(report);
        }
        return ExitCode.OK;
    }
}
