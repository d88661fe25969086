package dev.attache.cli;

import dev.attache.flow.WorkListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Style;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one place that decides what a command prints, and how:
 *
 * <ul>
 *   <li>{@link #data}: the command's product (a table, JSON, term hits, lookup results) on stdout,
 *       always, and nothing else goes there: {@code attache … > file} keeps the product whole;
 *   <li>{@link #finding}: a finding of a check ({@code qa}, {@code glossary validate}), which is
 *       that command's product, on stdout as a line {@code severity: place: sentence};
 *   <li>{@link #summary}: what was done ({@code wrote x.xlf: 27 units}) on stderr, left out under
 *       {@code --quiet};
 *   <li>{@link #problem}: {@code error:}/{@code warning:}/{@code note:} lines on stderr, always;
 *   <li>{@link #note}: remarks on stderr, left out under {@code --quiet};
 *   <li>{@link #detail}: stack traces and the like on stderr, only under {@code --verbose};
 *   <li>{@link #progress}: a progress bar on stderr when stderr is a terminal, never under {@code
 *       --quiet}.
 * </ul>
 *
 * Colour (the first word of a summary, the severity of a problem) only where that stream is a
 * terminal, and never with {@code --no-color} or the {@code NO_COLOR} environment variable set.
 */
final class Console {
    private final PrintWriter out;
    private final PrintWriter err;
    private final OutputChoice choice;
    private final Terminal terminal;

    Console(PrintWriter out, PrintWriter err, OutputChoice choice, Terminal terminal) {
        this.out = out;
        this.err = err;
        this.choice = choice;
        this.terminal = terminal;
    }

    /**
     * The console of a command: its streams, and the output options and terminal of the {@code
     * attache} above it.
     */
    static Console of(CommandSpec spec) {
        CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        if (root.userObject() instanceof AttacheRoot attache) {
            return new Console(
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr(),
                    attache.outputChoice(),
                    attache.terminal());
        }
        return new Console(
                spec.commandLine().getOut(),
                spec.commandLine().getErr(),
                OutputChoice.NORMAL,
                Terminal.none());
    }

    /** The command's product, on stdout whatever the options. */
    PrintWriter data() {
        return out;
    }

    /** What was done, on stderr: the first word bold. Left out under {@code --quiet}. */
    void summary(String line) {
        if (!choice.quiet()) {
            int end = line.indexOf(' ');
            err.println(
                    end < 0
                            ? line
                            : emphasise(line.substring(0, end), stderrColour(), Style.bold)
                                    + line.substring(end));
        }
    }

    /**
     * A line {@code severity: place: sentence} on stderr; the severity coloured (error red, warning
     * yellow, note cyan).
     */
    void problem(String line) {
        err.println(withSeverityColoured(line, stderrColour()));
    }

    /**
     * Lines as {@link #problem} prints them, flushed once, after the last: an import of a large
     * worksheet has hundreds of thousands, and a write to the stream per line cost it a second.
     */
    void problems(Stream<String> lines) {
        printAll(err, lines, stderrColour());
    }

    /**
     * A check's finding {@code severity: place: sentence}: the product of a check, on stdout,
     * coloured as a problem.
     */
    void finding(String line) {
        out.println(withSeverityColoured(line, stdoutColour()));
    }

    /** Findings as {@link #finding} prints them, flushed once, after the last. */
    void findings(Stream<String> lines) {
        printAll(out, lines, stdoutColour());
    }

    private static void printAll(PrintWriter stream, Stream<String> lines, Ansi ansi) {
        String newLine = System.lineSeparator();
        lines.forEach(
                line -> {
                    stream.print(withSeverityColoured(line, ansi));
                    stream.print(newLine);
                });
        stream.flush();
    }

    private static String withSeverityColoured(String line, Ansi ansi) {
        if (!ansi.enabled()) {
            return line; // (not cut and joined again: an import may print 250,000 lines)
        }
        int colon = line.indexOf(':');
        String severity = colon < 0 ? "" : line.substring(0, colon).toLowerCase(Locale.ROOT);
        Style colour =
                switch (severity) {
                    case "error", "internal error" -> Style.fg_red;
                    case "warning" -> Style.fg_yellow;
                    case "note" -> Style.fg_cyan;
                    default -> null;
                };
        return colour == null
                ? line
                : emphasise(line.substring(0, colon), ansi, Style.bold, colour)
                        + line.substring(colon);
    }

    /**
     * A remark on stderr ({@code note: …} coloured as {@link #problem} does), left out under {@code
     * --quiet}.
     */
    void note(String line) {
        if (!choice.quiet()) {
            problem(line);
        }
    }

    void detail(Throwable e) {
        if (choice.verbose()) {
            e.printStackTrace(err);
        }
    }

    boolean verbose() {
        return choice.verbose();
    }

    /**
     * A progress bar on stderr when it is a terminal and the run is not quiet; otherwise nothing is
     * shown.
     */
    WorkListener progress() {
        if (choice.quiet() || !terminal.stderrIsTerminal()) {
            return WorkListener.silent();
        }
        err.flush();
        return new ProgressBars(!choice.noColor() && !terminal.noColorVariable());
    }

    private Ansi stdoutColour() {
        return colour(terminal.stdoutIsTerminal());
    }

    private Ansi stderrColour() {
        return colour(terminal.stderrIsTerminal());
    }

    private Ansi colour(boolean isTerminal) {
        return choice.noColor() || terminal.noColorVariable() || !isTerminal ? Ansi.OFF : Ansi.ON;
    }

    private static String emphasise(String text, Ansi ansi, Style... styles) {
        return ansi.enabled() ? Style.on(styles) + text + Style.reset.on() : text;
    }
}
