package dev.attache.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "tm",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "The project's translation memory: a Lucene index in tm/ (git-ignored). Pairs are kept "
                    + "per language pair, once each; a newer translation of a source replaces the older one.",
            "import adds the rows it accepted to it (unless --no-tm)."
        },
        subcommands = {
            TmAddCommand.class,
            TmLookupCommand.class,
            TmConcordanceCommand.class,
            TmExportCommand.class,
            TmStatsCommand.class
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache tm add xliff/*.xlf",
            "  attache tm lookup \"Mr Aliyev,\" -t ru",
            "  attache tm concordance \"allied interaction\" -t ru",
            "  attache tm export -o memory.tmx --force",
            "  attache tm stats"
        })
public final class TmCommand implements Runnable {
    @Spec private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "a tm command is needed (add, lookup, export, stats)");
    }
}
