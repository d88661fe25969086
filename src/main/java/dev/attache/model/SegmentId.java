package dev.attache.model;

import java.util.Objects;

/**
 * A readable, stable segment id: the unit id, a dot, {@code s} and the segment's number ({@code
 * p7.s2}).
 */
public record SegmentId(String unitId, int number) implements Comparable<SegmentId> {
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

    /**
     * Parses {@code p7.s2} ({@code ([A-Za-z][A-Za-z0-9_-]*)\.s([1-9][0-9]*)}, read a character at a
     * time: import parses an id for every row, twice); throws {@link IllegalArgumentException} for
     * anything else.
     */
    public static SegmentId parse(String text) {
        String id = text == null ? "" : text.trim();
        int dot = id.indexOf('.');
        if (dot < 0
                || !isUnitId(id.substring(0, dot))
                || !id.startsWith(".s", dot)
                || !isNumber(id, dot + 2)) {
            throw new IllegalArgumentException("not a segment id: '" + text + "'");
        }
        return new SegmentId(id.substring(0, dot), Integer.parseInt(id.substring(dot + 2)));
    }

    /** Whether {@code text} from {@code start} on is {@code [1-9][0-9]*}. */
    private static boolean isNumber(String text, int start) {
        if (start >= text.length() || text.charAt(start) < '1' || text.charAt(start) > '9') {
            return false;
        }
        for (int i = start + 1; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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
        return unitId + ".s" + number;
    }
}
