package dev.attache.cli;

/** The exit codes Attaché documents (DESIGN.md, README.md). */
public final class ExitCode {
    /** Done. */
    public static final int OK = 0;
    /** A bug: printed as {@code internal error:}, with the stack trace under {@code --verbose}. */
    public static final int INTERNAL = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** Input unreadable, malformed, or not ours. */
    public static final int BAD_INPUT = 3;
    /** Finished, with findings: rejected or conflicting rows, QA findings, untranslated segments. */
    public static final int FINDINGS = 4;

    private ExitCode() {
    }
}
