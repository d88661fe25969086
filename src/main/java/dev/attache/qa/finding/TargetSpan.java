package dev.attache.qa.finding;

/** The part of a target a finding concerns: characters {@code [start, end)}. */
public record TargetSpan(int start, int end) {
    public TargetSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("no span [" + start + ", " + end + ") in a target");
        }
    }
}
