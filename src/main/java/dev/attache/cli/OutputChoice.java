package dev.attache.cli;

import static java.util.Objects.requireNonNull;

/**
 * How much a run prints ({@code --quiet}, {@code --verbose}) and whether it may colour it ({@code
 * --no-color}).
 */
record OutputChoice(Verbosity verbosity, boolean noColor) {
    static final OutputChoice NORMAL = new OutputChoice(Verbosity.NORMAL, false);

    enum Verbosity {
        QUIET,
        NORMAL,
        VERBOSE
    }

    OutputChoice {
        requireNonNull(verbosity, "verbosity");
    }

    boolean quiet() {
        return verbosity == Verbosity.QUIET;
    }

    boolean verbose() {
        return verbosity == Verbosity.VERBOSE;
    }
}
