package dev.attache.cli;

import dev.attache.flow.ImportFlow;

/**
 * {@code import --fail-on}: which QA findings on the imported targets make the import exit 4 as
 * well.
 */
enum FailOn {
    ERROR,
    WARNING,
    NEVER;

    boolean failsOn(ImportFlow.Result result) {
        return switch (this) {
            case ERROR -> result.hasQaErrors();
            case WARNING -> result.hasQaFindings();
            case NEVER -> false;
        };
    }
}
