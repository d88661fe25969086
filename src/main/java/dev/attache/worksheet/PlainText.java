package dev.attache.worksheet;

import static java.util.Objects.requireNonNull;

/**
 * A cell text without formatting, already escaped for a cell; written to the shared strings as a
 * plain string.
 */
record PlainText(String text) implements CellText {
    PlainText {
        requireNonNull(text, "text");
    }

    /** {@code text} escaped for a cell ({@link SheetLayout#cellText}). */
    static PlainText of(String text) {
        return new PlainText(SheetLayout.cellText(text));
    }

    @Override
    public String getString() {
        return text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public int numFormattingRuns() {
        return 0;
    }

    @Override
    public int getIndexOfFormattingRun(int index) {
        throw new IndexOutOfBoundsException("a plain text has no formatting runs");
    }
}
