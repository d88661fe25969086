package dev.attache.cli;

/**
 * The exit codes Attaché documents (README.md, docs/ARCHITECTURE.md), the same for every command.
 */
public final class ExitCode {
    /** Done. */
    public static final int OK = 0;

    /** A bug: printed as {@code internal error:}, with the stack trace under {@code --verbose}. */
    public static final int INTERNAL = 1;

    /** The command line is wrong. */
    public static final int USAGE = 2;

    /**
     * Refused, nothing written: input unreadable, malformed, not ours or not ready (merge), or an
     * output exists.
     */
    public static final int BAD_INPUT = 3;

    /**
     * Done, with findings, only from a check: {@code qa}, {@code glossary validate}, and {@code
     * import} (rows rejected or in conflict; QA findings under {@code --fail-on}).
     */
    public static final int FINDINGS = 4;

    private ExitCode() {}
}
