package dev.attache.reimport;

import static java.util.Objects.requireNonNull;

import dev.attache.model.State;
import dev.attache.worksheet.WorksheetStatus;
import java.util.Optional;

/**
 * The text of a worksheet's Status cell: one of the drop-down's {@link WorksheetStatus} labels, as
 * {@link WorksheetStatus#parse} reads them, or an XLIFF 1.2 state name ({@code
 * needs-review-translation}, …), in any letter case.
 */
public record StatusCell(String text) {
    /** The drop-down's labels, for messages: {@code New, Translated, Needs review, Final}. */
    public static final String LABELS = String.join(", ", WorksheetStatus.labels());

    public StatusCell {
        requireNonNull(text, "text");
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** The state the cell names; empty when the cell is blank or names no state. */
    public Optional<State> state() {
        return WorksheetStatus.parse(text)
                .map(WorksheetStatus::state)
                .or(() -> State.fromXliff12(text));
    }
}
