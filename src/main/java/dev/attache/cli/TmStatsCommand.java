package dev.attache.cli;

import dev.attache.flow.TmStatsFlow;
import dev.attache.memory.LanguagePair;
import dev.attache.output.TmStatsJsonWriter;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = {
            "How many entries the memory has per language pair, and in all.",
            "--json prints {\"format\": \"attache-tm-stats\", \"version\": 1, \"pairs\": [{\"sourceLanguage\": "
                    + "\"en\", \"targetLanguage\": \"ru\", \"entries\": 27}], \"total\": 27}."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache tm stats",
            "  attache tm stats --tm ../other-project/tm",
            "  attache tm stats --json"
        })
final class TmStatsCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Option(names = "--json", description = "Print the counts as JSON (the shape above).")
    private boolean json;

    @Mixin private TmFolderMixin tm;

    @Override
    public Integer call() {
        Map<LanguagePair, Integer> counts = new TmStatsFlow().run(tm.folder);
        PrintWriter out = Console.of(spec).data();
        if (json) {
            new TmStatsJsonWriter().write(counts, out);
            return ExitCode.OK;
        }
        counts.forEach((pair, n) -> out.printf("%-12s %6d%n", pair, n));
        out.printf(
                "%-12s %6d%n", "total", counts.values().stream().mapToInt(Integer::intValue).sum());
        return ExitCode.OK;
    }
}
