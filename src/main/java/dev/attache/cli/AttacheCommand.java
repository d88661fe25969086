package dev.attache.cli;

import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code attache} with every command: the model that help, completion, the man pages and the tests
 * read. Building picocli's model of all of them (some 25 commands with their options, read by
 * reflection) is a tenth of a short run's start, so a command line that names one command builds
 * only that one ({@link #named}).
 */
@Command(
        subcommands = {
            PrepareCommand.class,
            AlignCommand.class,
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
            CompletionCommand.class,
        })
public final class AttacheCommand extends AttacheRoot {
    /** A command line attached to no terminal (pipes, files, the tests). */
    public AttacheCommand() {
        this(Terminal.none());
    }

    AttacheCommand(Terminal terminal) {
        super(terminal);
    }

    /** The class of the command called {@code name}, if there is one. */
    static Optional<Class<?>> named(String name) {
        return Arrays.stream(AttacheCommand.class.getAnnotation(Command.class).subcommands())
                .filter(command -> command.getAnnotation(Command.class).name().equals(name))
                .findFirst();
    }
}
