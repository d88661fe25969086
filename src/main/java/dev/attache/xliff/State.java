package dev.attache.xliff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The state of a target segment, with its names in XLIFF 1.2 and 2.1. */
public enum State {
    NEW("new", "initial"),
    TRANSLATED("translated", "translated"),
    NEEDS_REVIEW("needs-review-translation", "reviewed"),
    FINAL("final", "final");

    private final String xliff12;
    private final String xliff2;

    State(String xliff12, String xliff2) {
        this.xliff12 = xliff12;
        this.xliff2 = xliff2;
    }

    /** The value of the XLIFF 1.2 {@code state} attribute. */
    public String xliff12() {
        return xliff12;
    }

    /** The value of the XLIFF 2.1 {@code state} attribute. */
    public String xliff2() {
        return xliff2;
    }

    /** The state an XLIFF 1.2 {@code state} value stands for; other 1.2 values map to the nearest of ours. */
    public static Optional<State> fromXliff12(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.xliff12.equals(v)).findFirst()
                .or(() -> v.startsWith("needs-review") || v.startsWith("needs-l10n") || v.equals("needs-adaptation")
                        ? Optional.of(NEEDS_REVIEW)
                        : v.equals("signed-off") ? Optional.of(FINAL)
                        : v.startsWith("needs-translation") ? Optional.of(NEW) : Optional.empty());
    }

    /** The state an XLIFF 2.1 {@code state} value stands for. */
    public static Optional<State> fromXliff2(String value) {
        return Arrays.stream(values()).filter(s -> s.xliff2.equals(value)).findFirst();
    }
}
