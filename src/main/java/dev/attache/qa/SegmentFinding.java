package dev.attache.qa;

import static java.util.Objects.requireNonNull;

import dev.attache.model.SegmentId;
import dev.attache.qa.finding.QaFinding;

/**
 * A QA finding (of terms, of numbers) on one segment of a document, with its description made once,
 * where the finding is made: {@code import} writes it into the XLIFF file as a note and prints it
 * (242,884 of them for the 1 M-word sheet with English targets), and the QA makes it on every core.
 */
public record SegmentFinding(SegmentId segment, QaFinding finding, String description) {
    public SegmentFinding {
        requireNonNull(segment, "segment");
        requireNonNull(finding, "finding");
        if (!description.startsWith(segment + ": ")) {
            throw new IllegalArgumentException(
                    "not the description of a finding on " + segment + ": " + description);
        }
    }

    /** The finding with its description ({@code p5.s2: } and the finding's message). */
    public SegmentFinding(SegmentId segment, QaFinding finding) {
        this(segment, finding, segment + ": " + finding.message());
    }

    /** {@code p5.s2: term "allied interaction" should be rendered as …}. */
    public String describe() {
        return description;
    }
}
