package dev.attache.reimport;

import static java.util.Objects.requireNonNull;

import dev.attache.model.State;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of a worksheet's Status cell. The drop-down offers {@value #LABELS}; the XLIFF 1.2 state names
 * ({@code needs-review-translation}, …) are understood too, in any letter case.
 */
public record StatusCell(String text) {
    public static final String LABELS = "New, Translated, Needs review, Final";

    private static final Map<String, State> BY_LABEL = Map.of(
            "new", State.NEW,
            "translated", State.TRANSLATED,
            "needs review", State.NEEDS_REVIEW,
            "final", State.FINAL);
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    public StatusCell {
        requireNonNull(text, "text");
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** The state the cell names; empty when the cell is blank or names no state. */
    public Optional<State> state() {
        String label = BLANKS.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_LABEL.get(label)).or(() -> State.fromXliff12(label));
    }
}
