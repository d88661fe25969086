package dev.attache.bench;

import java.util.Locale;

/**
 * One run of one command: its wall time, the peak resident set size of its process, its exit code,
 * and how it ended. {@code failure} is empty for a run that ended as expected, else a phrase for
 * the results table ("exit 1 / OutOfMemoryError", "timed out").
 */
record Measurement(
        double seconds, long peakRssKb, int exitCode, String failure, String stderrExcerpt) {
    Measurement {
        if (seconds < 0 || peakRssKb < 0) {
            throw new IllegalArgumentException("negative time or memory");
        }
        failure = failure == null ? "" : failure;
        stderrExcerpt = stderrExcerpt == null ? "" : stderrExcerpt;
    }

    boolean ok() {
        return failure.isEmpty();
    }

    /**
     * Running out of heap or out of time is a measurement; any other failure is a broken benchmark.
     */
    boolean outOfResources() {
        return failure.contains("OutOfMemoryError") || failure.startsWith("timed out");
    }

    /** "failed: exit 1 / OutOfMemoryError after 177 s". */
    String failureRow() {
        return String.format(Locale.ROOT, "failed: %s after %.0f s", failure, seconds);
    }
}
