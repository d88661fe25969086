package dev.attache.worksheet;

import dev.attache.model.State;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The choices of the worksheet's Status drop-down and the document state each stands for. */
public enum WorksheetStatus {
    NEW("New", State.NEW),
    TRANSLATED("Translated", State.TRANSLATED),
    NEEDS_REVIEW("Needs review", State.NEEDS_REVIEW),
    FINAL("Final", State.FINAL);

    private static final WorksheetStatus[] ALL = values();
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final String label;
    private final State state;

    WorksheetStatus(String label, State state) {
        this.label = label;
        this.state = state;
    }

    /** The text shown in the drop-down: {@code Needs review}. */
    public String label() {
        return label;
    }

    public State state() {
        return state;
    }

    public static WorksheetStatus of(State state) {
        for (WorksheetStatus status : ALL) {
            if (status.state == state) {
                return status;
            }
        }
        throw new java.util.NoSuchElementException("no worksheet status for " + state);
    }

    /**
     * The status a cell's text stands for; case, surrounding and repeated spaces and a hyphen for
     * the space are forgiven ({@code needs-review}); anything else, including an empty cell, is
     * empty.
     */
    public static Optional<WorksheetStatus> parse(String text) {
        String wanted =
                text == null
                        ? ""
                        : BLANKS.matcher(text.strip().replace('-', ' '))
                                .replaceAll(" ")
                                .toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.label.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** The drop-down's choices in order: New, Translated, Needs review, Final. */
    public static String[] labels() {
        return Arrays.stream(values()).map(WorksheetStatus::label).toArray(String[]::new);
    }
}
