package dev.attache.cli;

import dev.attache.BadInputException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point: the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        var out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true);
        var err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
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
            err.println("error: " + bad.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof UncheckedIOException io) {
            err.println("error: " + io.getMessage());
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

    private static boolean rootVerbose(CommandLine line) {
        CommandLine root = line;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommand() instanceof AttacheCommand attache && attache.verbose();
    }
}
