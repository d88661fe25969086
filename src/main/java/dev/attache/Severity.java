package dev.attache;

import java.util.Locale;

/**
 * How much a finding matters, for every kind of finding (QA, import, glossary validation): an error
 * must be fixed (it rejects an imported row; it makes a glossary unfit to apply), a warning looked
 * at.
 */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in reports: error, warning. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
