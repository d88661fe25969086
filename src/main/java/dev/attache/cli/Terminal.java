package dev.attache.cli;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import picocli.CommandLine.Help.Ansi;

/**
 * What the run is attached to: whether stdout and stderr are terminals (asked of JLine's {@code
 * exec} provider, which runs {@code test -t 1} / {@code test -t 2}, and only when a command first
 * wants to know), and whether the {@code NO_COLOR} environment variable (no-color.org) is set to
 * something. Tests use {@link #none()} or {@link #of}.
 */
final class Terminal {
    private final BooleanSupplier stdout;
    private final BooleanSupplier stderr;
    private final boolean noColorVariable;
    private final boolean system;

    private Terminal(
            BooleanSupplier stdout,
            BooleanSupplier stderr,
            boolean noColorVariable,
            boolean system) {
        this.system = system;
        this.stdout = stdout;
        this.stderr = stderr;
        this.noColorVariable = noColorVariable;
    }

    /** The process's own streams and environment. */
    static Terminal system() {
        String noColor = System.getenv("NO_COLOR");
        return new Terminal(
                once(SystemStream.Output),
                once(SystemStream.Error),
                noColor != null && !noColor.isEmpty(),
                true);
    }

    /** Neither stream a terminal: pipes, files, CI logs, the tests. */
    static Terminal none() {
        return of(false, false, false);
    }

    static Terminal of(
            boolean stdoutIsTerminal, boolean stderrIsTerminal, boolean noColorVariable) {
        return new Terminal(() -> stdoutIsTerminal, () -> stderrIsTerminal, noColorVariable, false);
    }

    boolean stdoutIsTerminal() {
        return stdout.getAsBoolean();
    }

    boolean stderrIsTerminal() {
        return stderr.getAsBoolean();
    }

    boolean noColorVariable() {
        return noColorVariable;
    }

    /**
     * The colours of {@code --help}: none with {@code --no-color} or {@code NO_COLOR}; for the
     * process's own streams, picocli's {@code AUTO} (colour when stdout is a terminal); else colour
     * when {@link #stdoutIsTerminal()}.
     */
    Ansi helpColour(boolean noColorOption) {
        if (noColorOption || noColorVariable) {
            return Ansi.OFF;
        }
        if (system) {
            return Ansi.AUTO;
        }
        return stdoutIsTerminal() ? Ansi.ON : Ansi.OFF;
    }

    private static BooleanSupplier once(SystemStream stream) {
        return new BooleanSupplier() {
            private Boolean answer;

            @Override
            public synchronized boolean getAsBoolean() {
                if (answer == null) {
                    answer = isTerminal(stream);
                }
                return answer;
            }
        };
    }

    private static boolean isTerminal(SystemStream stream) {
        try {
            return TerminalProvider.load("exec").isSystemStream(stream);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
