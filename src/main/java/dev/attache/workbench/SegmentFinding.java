package dev.attache.workbench;

import static java.util.Objects.requireNonNull;

import dev.attache.qa.TermFinding;
import dev.attache.xliff.SegmentId;

/** A term QA finding on one segment of a document. */
public record SegmentFinding(SegmentId segment, TermFinding finding) {
    public SegmentFinding {
        requireNonNull(segment, "segment");
        requireNonNull(finding, "finding");
    }

    /** {@code p5.s2: term "allied interaction" should be rendered as …}. */
    public String describe() {
        return segment + ": " + finding.message();
    }
}
