package dev.attache.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A readable, stable segment id: the unit id, a dot, {@code s} and the segment's number ({@code
 * p7.s2}).
 */
public record SegmentId(String unitId, int number) implements Comparable<SegmentId> {
    private static final Pattern TEXT =
            Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\.s([1-9][0-9]*)");

    public SegmentId {
        Objects.requireNonNull(unitId, "unitId");
        if (!isUnitId(unitId)) {
            throw new IllegalArgumentException("not a unit id: '" + unitId + "'");
        }
        if (number < 1) {
            throw new IllegalArgumentException("segment numbers start at 1: " + number);
        }
    }

    /**
     * Whether {@code text} is a unit id: {@code [A-Za-z][A-Za-z0-9_-]*}, checked a character at a
     * time (an id is made for every segment and unit a document reads: a matcher each was a
     * thirtieth of what a 1 M-word import allocated).
     */
    public static boolean isUnitId(String text) {
        if (text.isEmpty() || !isAsciiLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Parses {@code p7.s2}; throws {@link IllegalArgumentException} for anything else. */
    public static SegmentId parse(String text) {
        var m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a segment id: '" + text + "'");
        }
        return new SegmentId(m.group(1), Integer.parseInt(m.group(2)));
    }

    /** The id of the {@code <mrk>} inside the unit: {@code s2}. */
    public String local() {
        return "s" + number;
    }

    @Override
    public int compareTo(SegmentId other) {
        int byUnit = unitId.compareTo(other.unitId);
        return byUnit != 0 ? byUnit : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return unitId + "." + local();
    }
}
