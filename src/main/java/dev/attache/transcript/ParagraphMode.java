package dev.attache.transcript;

/** How lines become paragraphs ({@code --paragraphs lines|blocks|auto}). */
public enum ParagraphMode {
    /** Every non-blank line is a paragraph. */
    LINES,
    /**
     * Blank lines separate paragraphs; the hard-wrapped lines of a block are joined with a space.
     */
    BLOCKS,
    /**
     * {@link #BLOCKS} when the file has a blank line between two non-blank lines, else {@link
     * #LINES}.
     */
    AUTO
}
