package dev.attache.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(
        name = "attache",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Attaché: a translation and glossary workbench for diplomatic transcripts.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache prepare transcripts/lavrov-aliyev-2023-02-27.en.txt -t ru,az",
            "  attache import worksheets/lavrov-aliyev-2023-02-27.en-ru.xlsx",
            "  attache qa xliff/lavrov-aliyev-2023-02-27.en-ru.xlf",
            "  attache merge xliff/lavrov-aliyev-2023-02-27.en-ru.xlf",
            "",
            "Exit codes: 0 done, 1 internal error, 2 usage error, 3 refused (bad input, an existing output), 4 a check "
                    + "found something (qa, glossary validate, import)."
        })
/**
 * The {@code attache} command itself: its name, help, examples and the output options every command
 * inherits, without its commands. {@link AttacheCommand} is this with all of them; a command line
 * that runs one command gets this with that one ({@link Main}).
 */
public class AttacheRoot implements Runnable {
    @Spec private CommandSpec spec;

    private final Terminal terminal;

    @Option(
            names = {"-q", "--quiet"},
            scope = ScopeType.INHERIT,
            description =
                    "Print only what the command is for (tables, JSON, hits) and problems: no summaries, notes "
                            + "or progress.")
    private boolean quiet;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    private boolean verbose;

    @Option(
            names = "--color",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            scope = ScopeType.INHERIT,
            description =
                    "Colour in summaries where the stream is a terminal (the "
                            + "default); --no-color (or the NO_COLOR environment variable) turns it off.")
    private boolean color;

    AttacheRoot(Terminal terminal) {
        this.terminal = terminal;
    }

    /** What {@code --quiet}, {@code --[no-]color} and {@code --verbose} ask for. */
    OutputChoice outputChoice() {
        return new OutputChoice(
                quiet
                        ? OutputChoice.Verbosity.QUIET
                        : verbose ? OutputChoice.Verbosity.VERBOSE : OutputChoice.Verbosity.NORMAL,
                !color);
    }

    /**
     * The cross-option check of the output options, for the command that runs. By hand, not an
     * exclusive {@code @ArgGroup} as for {@code --tm}/{@code --no-tm}: picocli 4.7.7 cannot set an
     * inherited option inside a group ("Could not set value for field … Verbosity.quiet", tried).
     */
    void checkOutputOptions(CommandSpec command) {
        if (quiet && verbose) {
            throw new ParameterException(
                    command.commandLine(), "--quiet and --verbose do not go together");
        }
    }

    Terminal terminal() {
        return terminal;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed");
    }
}
