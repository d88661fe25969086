package dev.attache.model;

import static java.util.Objects.requireNonNull;

/**
 * A note on a unit; {@code from} says who wrote it ({@code attache}, {@code translator}, {@code
 * qa}).
 */
public record Note(String from, String text) {
    /**
     * The author of QA findings' notes; each note's text starts with its segment id: {@code p5.s2:
     * …}.
     */
    public static final String FROM_QA = "qa";

    /**
     * The author of the glossary's notes (the terms of the unit and their renderings), made anew on
     * every run.
     */
    public static final String FROM_GLOSSARY = "glossary";

    public Note {
        requireNonNull(from, "from");
        requireNonNull(text, "text");
        if (from.isBlank()) {
            throw new IllegalArgumentException("a note needs an author");
        }
    }
}
