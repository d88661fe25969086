package dev.attache.cli;

import dev.attache.BadInputException;
import dev.attache.worksheet.WorksheetWarmUp;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.UnmatchedArgumentException;

/** The entry point: the only place that calls {@link System#exit}. */
public final class Main {
    /**
     * The commands that write a worksheet: POI's start-up begins on another core as they read their
     * input.
     */
    private static final Set<String> WORKSHEET_WRITERS = Set.of("prepare", "export");

    private Main() {}

    public static void main(String[] args) {
        if (WORKSHEET_WRITERS.contains(command(args))) {
            WorksheetWarmUp.start();
        }
        routeJavaLoggingToSlf4j();
        var out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true);
        var err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, Terminal.system(), args));
    }

    /**
     * The command a command line runs: its first word that is not an option (attache's own options
     * take no value).
     */
    private static String command(String[] args) {
        return Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse("");
    }

    /**
     * java.util.logging (used by the JDK's XML parsers and some libraries) goes to SLF4J like every
     * other logger, so that {@code simplelogger.properties} alone decides what is printed: nothing
     * from libraries.
     */
    private static void routeJavaLoggingToSlf4j() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /**
     * Runs one command line, attached to no terminal; everything printed goes to {@code out} and
     * {@code err}.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, Terminal.none(), args);
    }

    /** Runs one command line and returns its exit code. */
    static int run(PrintWriter out, PrintWriter err, Terminal terminal, String... args) {
        CommandLine cli = commandLine(terminal, command(args));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setAbbreviatedOptionsAllowed(true);
        cli.setColorScheme(
                Help.defaultColorScheme(
                        terminal.helpColour(Arrays.asList(args).contains("--no-color"))));
        cli.setExecutionStrategy(Main::execute);
        cli.setExecutionExceptionHandler(Main::report);
        cli.setParameterExceptionHandler((e, ignored) -> usageError(e));
        ExamplesFooter.installOn(cli);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * {@code attache} with the one command {@code word} names, or with all of them where it names
     * none (help, a mistyped command, which gets suggestions) or {@code completion} (which writes
     * them all).
     */
    private static CommandLine commandLine(Terminal terminal, String word) {
        return AttacheCommand.named(word)
                .filter(command -> command != CompletionCommand.class)
                .map(command -> new CommandLine(new AttacheRoot(terminal)).addSubcommand(command))
                .orElseGet(() -> new CommandLine(new AttacheCommand(terminal)));
    }

    private static int execute(ParseResult parsed) {
        CommandLine root = parsed.commandSpec().commandLine();
        CommandLine running = root;
        for (ParseResult sub = parsed; sub != null; sub = sub.subcommand()) {
            running = sub.commandSpec().commandLine();
        }
        ((AttacheRoot) root.getCommand()).checkOutputOptions(running.getCommandSpec());
        return new RunLast().execute(parsed);
    }

    private static int usageError(ParameterException e) {
        CommandLine failing = e.getCommandLine();
        Console console = Console.of(failing.getCommandSpec());
        console.problem("error: " + e.getMessage().replaceFirst("^Error: ", ""));
        if (e instanceof UnmatchedArgumentException unmatched) {
            UnmatchedArgumentException.printSuggestions(unmatched, failing.getErr());
        }
        failing.getErr()
                .println("Try '" + failing.getCommandSpec().qualifiedName() + " --help' for more.");
        return ExitCode.USAGE;
    }

    private static int report(Exception e, CommandLine line, ParseResult parsed) {
        Console console = Console.of(line.getCommandSpec());
        if (e instanceof BadInputException || e instanceof UncheckedIOException) {
            console.problem("error: " + oneLine(e.getMessage()));
            console.detail(e);
            return ExitCode.BAD_INPUT;
        }
        console.problem("internal error: " + e);
        if (console.verbose()) {
            console.detail(e);
        } else {
            line.getErr().println("(run again with --verbose for the stack trace)");
        }
        return ExitCode.INTERNAL;
    }

    /** One problem, one line: a library's message that runs over several lines is joined. */
    private static String oneLine(String message) {
        return String.valueOf(message)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .collect(Collectors.joining(" "));
    }
}
