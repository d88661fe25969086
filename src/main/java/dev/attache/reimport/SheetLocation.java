package dev.attache.reimport;

import static java.util.Objects.requireNonNull;

/**
 * A place in a worksheet: the file as the user named it, the sheet, and a 1-based row, or row 0 for
 * the sheet as a whole. Printed as {@code worksheets/x.en-ru.xlsx!en-ru:14}.
 */
public record SheetLocation(String file, String sheet, int row) {
    public SheetLocation {
        requireNonNull(file, "file");
        requireNonNull(sheet, "sheet");
        if (row < 0) {
            throw new IllegalArgumentException("rows are numbered from 1: " + row);
        }
    }

    public boolean isRow() {
        return row > 0;
    }

    @Override
    public String toString() {
        return file + "!" + sheet + (isRow() ? ":" + row : "");
    }
}
