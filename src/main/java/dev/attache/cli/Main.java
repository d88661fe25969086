package dev.attache.cli;

import dev.attache.BadInputException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/** The entry point: the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        routeJavaLoggingToSlf4j();
        var out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true);
        var err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /**
     * java.util.logging (used by the JDK's XML parsers and some libraries) goes to SLF4J like every other logger, so
     * that {@code simplelogger.properties} alone decides what is printed: nothing from libraries.
     */
    private static void routeJavaLoggingToSlf4j() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /** Runs one command line and returns its exit code; everything printed goes to {@code out} and {@code err}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new AttacheCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, line, parsed) -> report(e, line, parsed));
        cli.setParameterExceptionHandler((e, args2) -> {
            CommandLine failing = e.getCommandLine();
            failing.getErr().println("error: " + e.getMessage().replaceFirst("^Error: ", ""));
            failing.getErr().println("Try '" + failing.getCommandSpec().qualifiedName() + " --help' for more.");
            return ExitCode.USAGE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int report(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        PrintWriter err = line.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose") || rootVerbose(line);
        if (e instanceof BadInputException bad) {
            err.println("error: " + oneLine(bad.getMessage()));
            if (verbose) {
                e.printStackTrace(err);
            }
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof UncheckedIOException io) {
            err.println("error: " + oneLine(io.getMessage()));
            if (verbose) {
                e.printStackTrace(err);
            }
            return ExitCode.BAD_INPUT;
        }
        err.println("internal error: " + e);
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println("(run again with --verbose for the stack trace)");
        }
        return ExitCode.INTERNAL;
    }

    /** One problem, one line: a library's message that runs over several lines is joined. */
    private static String oneLine(String message) {
        return String.valueOf(message).lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static boolean rootVerbose(CommandLine line) {
        CommandLine root = line;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommand() instanceof AttacheCommand attache && attache.verbose();
    }
}
