package dev.attache.xliff;

import java.util.Arrays;
import java.util.Optional;

/** The XLIFF versions Attaché writes: 1.2 (the default) and 2.1. Reading also accepts 2.0. */
public enum XliffVersion {
    V1_2("1.2"),
    V2_1("2.1");

    private final String number;

    XliffVersion(String number) {
        this.number = number;
    }

    /**
     * {@code 1.2}, {@code 2.1}: as on the command line and in the root's {@code version} attribute.
     */
    public String number() {
        return number;
    }

    /** The version {@code 1.2} or {@code 2.1} names. */
    public static Optional<XliffVersion> of(String number) {
        return Arrays.stream(values()).filter(v -> v.number.equals(number)).findFirst();
    }

    @Override
    public String toString() {
        return number;
    }
}
