package dev.attache.qa.mechanical;

import dev.attache.Severity;

/**
 * The kinds of finding of the mechanical check, each with its severity: a target that is empty or
 * the source as is is untranslated, a doubled word a typo (errors); stray white space, a dropped
 * final full stop and a target too short for its source (part of it left out?) are looked at.
 */
public enum MechanicalKind {
    EMPTY("empty", Severity.ERROR),
    SAME_AS_SOURCE("same-as-source", Severity.ERROR),
    DOUBLED_WORD("doubled-word", Severity.ERROR),
    WHITESPACE("whitespace", Severity.WARNING),
    PUNCTUATION("punctuation", Severity.WARNING),
    LENGTH("length", Severity.WARNING);

    private final String word;
    private final Severity severity;

    MechanicalKind(String word, Severity severity) {
        this.word = word;
        this.severity = severity;
    }

    /** The kind in a word for reports and the JSON: {@code empty}, {@code doubled-word}, … */
    public String word() {
        return word;
    }

    public Severity severity() {
        return severity;
    }
}
