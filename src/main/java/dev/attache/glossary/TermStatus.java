package dev.attache.glossary;

import java.util.Locale;

/** How a term may be used (TBX-Basic {@code administrativeStatus}). */
public enum TermStatus {
    PREFERRED("preferredTerm-admn-sts"),
    ADMITTED("admittedTerm-admn-sts"),
    DEPRECATED("deprecatedTerm-admn-sts");

    private final String tbxValue;

    TermStatus(String tbxValue) {
        this.tbxValue = tbxValue;
    }

    /** The TBX-Basic picklist value of {@code administrativeStatus}. */
    public String tbxValue() {
        return tbxValue;
    }

    /** The lower-case word used in CSV and messages: preferred, admitted, deprecated. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
