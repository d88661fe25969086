package dev.attache.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "attache",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Attaché: a translation and glossary workbench for diplomatic transcripts.",
        subcommands = {
                PrepareCommand.class,
                SegmentCommand.class,
                ExportCommand.class,
                ImportCommand.class,
                GlossaryCommand.class,
                QaCommand.class,
                MergeCommand.class,
                TmxCommand.class,
                TmCommand.class,
                StatsCommand.class,
                ConvertCommand.class,
                ReportCommand.class,
        },
        footerHeading = "%nExamples:%n",
        footer = {"  attache prepare transcripts/lavrov-aliyev-2023-02-27.en.txt -t ru,az",
                "  attache import worksheets/lavrov-aliyev-2023-02-27.en-ru.xlsx",
                "  attache qa xliff/lavrov-aliyev-2023-02-27.en-ru.xlf",
                "  attache merge xliff/lavrov-aliyev-2023-02-27.en-ru.xlf",
                "",
                "Exit codes: 0 done, 1 internal error, 2 usage error, 3 bad input, 4 finished with findings."})
public final class AttacheCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    private boolean verbose;

    boolean verbose() {
        return verbose;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed");
    }
}
