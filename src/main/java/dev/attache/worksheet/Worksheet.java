package dev.attache.worksheet;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * A translator worksheet as read back: the file, the name of its translation sheet, its manifest
 * and its rows.
 */
public record Worksheet(Path file, String sheetName, Manifest manifest, List<WorksheetRow> rows) {
    public Worksheet {
        requireNonNull(file, "file");
        requireNonNull(sheetName, "sheetName");
        requireNonNull(manifest, "manifest");
        rows = List.copyOf(rows);
    }
}
