package dev.attache.qa;

import static java.util.Objects.requireNonNull;

import dev.attache.model.SegmentId;
import dev.attache.qa.finding.QaFinding;

/** A QA finding (of terms, of numbers) on one segment of a document. */
public record SegmentFinding(SegmentId segment, QaFinding finding) {
    public SegmentFinding {
        requireNonNull(segment, "segment");
        requireNonNull(finding, "finding");
    }

    /** {@code p5.s2: term "allied interaction" should be rendered as …}. */
    public String describe() {
        return segment + ": " + finding.message();
    }
}
