package dev.attache.worksheet;

import static java.util.Objects.requireNonNull;

/**
 * One data row of a translator worksheet as read back: its 1-based sheet row number, and the text
 * of its ID, Source, Target, Status and Comment cells ({@code ""} when empty). The source is as
 * stored, so that its hash can be checked; the other texts are NFC-normalised with {@code \n} line
 * breaks (see {@link WorksheetReader}).
 */
public record WorksheetRow(
        int rowNumber, String id, String source, TargetCell target, String status, String comment) {
    public WorksheetRow {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        requireNonNull(target, "target");
        requireNonNull(status, "status");
        requireNonNull(comment, "comment");
        if (rowNumber < 2) {
            throw new IllegalArgumentException("data rows start at row 2: " + rowNumber);
        }
    }
}
