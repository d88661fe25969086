package dev.attache.worksheet;

import dev.attache.BadInputException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns the translation sheet's rows into {@link WorksheetRow}s: the header row is the first with
 * an {@code ID} and a {@code Target…} cell, and names the columns, wherever the translator moved
 * them; rows after it with an ID, a source or a target are kept, with the cells of those columns
 * and the Status and Comment columns only. The source is kept exactly as stored, for its hash; the
 * other cells are normalised to NFC with {@code \n} line breaks, and the target and comment lose
 * their trailing spaces.
 */
final class TranslationRows implements Consumer<SheetCellsHandler.SheetRow> {
    /**
     * Spaces at the end of a cell, or before its final line feed: not {@code $}, which also matches
     * before a final U+0085, U+2028 or U+2029 and took the space before one that a transcript had
     * (found by {@code UnicodeRoundTripProperties}).
     */
    private static final Pattern TRAILING_SPACE =
            Pattern.compile("[ \\t\\u00A0\\u3000]+(?=\\n?\\z)");

    /**
     * Rows a translator may add to an exported sheet: beyond twice its rows and this many, it is
     * not our sheet.
     */
    static final int ROWS_ADDED_AT_MOST = 1_000;

    private final List<SheetCellsHandler.SheetRow> data = new ArrayList<>();
    private final Path file;
    private final int exportedRows;
    private final int maxRows;
    private int id = -1;
    private int source = -1;
    private int target = -1;
    private int status = -1;
    private int comment = -1;

    /**
     * Rows for the sheet of {@code file} that was exported with {@code exportedRows} rows (the
     * manifest's count): a sheet with more than twice as many rows holding text, and {@value
     * #ROWS_ADDED_AT_MOST} more, is refused as soon as that many are read, so that a sheet of a
     * million rows is never held in memory.
     */
    TranslationRows(Path file, int exportedRows) {
        this.file = file;
        this.exportedRows = exportedRows;
        this.maxRows = 2 * exportedRows + ROWS_ADDED_AT_MOST;
    }

    @Override
    public void accept(SheetCellsHandler.SheetRow row) {
        if (target >= 0) {
            if (row.cells().values().stream().anyMatch(c -> !c.shown().isEmpty())) {
                if (data.size() >= maxRows) {
                    throw new BadInputException(
                            file,
                            "row " + row.number(),
                            "the translation sheet has more than "
                                    + maxRows
                                    + " rows, and it was exported with "
                                    + exportedRows
                                    + ": not the sheet Attaché "
                                    + "wrote (a translator adds at most a few rows)");
                }
                data.add(new SheetCellsHandler.SheetRow(row.number(), readCells(row.cells())));
            }
        } else {
            findColumns(row.cells());
        }
    }

    List<WorksheetRow> rows(Path file, String sheet) {
        if (target < 0) {
            throw new BadInputException(
                    file, "!" + sheet, "no header row with an 'ID' and a 'Target' column");
        }
        List<WorksheetRow> rows = new ArrayList<>();
        for (SheetCellsHandler.SheetRow row : data) {
            Map<Integer, TargetCell> cells = row.cells();
            String rowId = plain(cells, id).strip();
            String sourceText =
                    source < 0 ? "" : cells.getOrDefault(source, new TargetCell.Text("")).shown();
            TargetCell targetCell = cells.getOrDefault(target, new TargetCell.Text(""));
            if (targetCell instanceof TargetCell.Text text) {
                targetCell = new TargetCell.Text(stripEnd(normalise(text.value())));
            }
            boolean empty = targetCell instanceof TargetCell.Text text && text.value().isEmpty();
            if (rowId.isEmpty() && sourceText.isEmpty() && empty) {
                continue;
            }
            rows.add(
                    new WorksheetRow(
                            row.number(),
                            rowId,
                            sourceText,
                            targetCell,
                            plain(cells, status).strip(),
                            stripEnd(plain(cells, comment))));
        }
        return rows;
    }

    /**
     * The cells of the columns read, the only ones kept: the others (the glossary hints, the
     * memory's match, the hidden missing-term checks, a translator's own columns) would take tens
     * of megabytes in a large sheet.
     */
    private Map<Integer, TargetCell> readCells(Map<Integer, TargetCell> cells) {
        Map<Integer, TargetCell> read = new HashMap<>();
        for (int column : new int[] {id, source, target, status, comment}) {
            TargetCell cell = column < 0 ? null : cells.get(column);
            if (cell != null) {
                read.put(column, cell);
            }
        }
        return read;
    }

    private void findColumns(Map<Integer, TargetCell> cells) {
        int foundId = -1;
        int foundTarget = -1;
        for (var cell : cells.entrySet()) {
            String header = cell.getValue().shown().strip().toLowerCase(Locale.ROOT);
            int column = cell.getKey();
            if (header.equals("id") && foundId < 0) {
                foundId = column;
            } else if (header.startsWith("target") && foundTarget < 0) {
                foundTarget = column;
            } else if (header.startsWith("source") && source < 0) {
                source = column;
            } else if (header.equals("status") && status < 0) {
                status = column;
            } else if (header.startsWith("comment") && comment < 0) {
                comment = column;
            }
        }
        if (foundId >= 0 && foundTarget >= 0) {
            id = foundId;
            target = foundTarget;
        } else {
            source = -1;
            status = -1;
            comment = -1;
        }
    }

    private static String plain(Map<Integer, TargetCell> cells, int column) {
        TargetCell cell = column < 0 ? null : cells.get(column);
        return cell == null ? "" : normalise(cell.shown());
    }

    private static String normalise(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(lines, Normalizer.Form.NFC);
    }

    private static String stripEnd(String text) {
        int end = text.endsWith("\n") ? text.length() - 1 : text.length();
        if (end == 0 || " \t\u00A0\u3000".indexOf(text.charAt(end - 1)) < 0) {
            return text; // no space where the pattern could match: most cells
        }
        return TRAILING_SPACE.matcher(text).replaceFirst("");
    }
}
