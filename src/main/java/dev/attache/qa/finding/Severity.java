package dev.attache.qa.finding;

import java.util.Locale;

/** How much a QA finding matters: an error must be fixed, a warning looked at. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in reports: error, warning. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
