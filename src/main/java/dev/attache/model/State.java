package dev.attache.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The state of a target segment, with its name in XLIFF 1.2. */
public enum State {
    NEW("new"),
    TRANSLATED("translated"),
    NEEDS_REVIEW("needs-review-translation"),
    FINAL("final");

    private final String xliff12;

    State(String xliff12) {
        this.xliff12 = xliff12;
    }

    /** {@code new}, {@code translated}, {@code needs review}, {@code final}: the state in words. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The value of the XLIFF 1.2 {@code state} attribute. */
    public String xliff12() {
        return xliff12;
    }

    /**
     * The state an XLIFF 1.2 {@code state} value stands for; other 1.2 values map to the nearest of
     * ours.
     */
    public static Optional<State> fromXliff12(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.xliff12.equals(v))
                .findFirst()
                .or(
                        () ->
                                v.startsWith("needs-review")
                                                || v.startsWith("needs-l10n")
                                                || v.equals("needs-adaptation")
                                        ? Optional.of(NEEDS_REVIEW)
                                        : v.equals("signed-off")
                                                ? Optional.of(FINAL)
                                                : v.startsWith("needs-translation")
                                                        ? Optional.of(NEW)
                                                        : Optional.empty());
    }
}
