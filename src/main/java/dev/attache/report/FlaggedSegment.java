package dev.attache.report;

import static java.util.Objects.requireNonNull;

import dev.attache.model.SegmentPair;
import dev.attache.qa.finding.QaFinding;
import java.util.List;

/**
 * A segment that QA (terms, numbers, mechanical, quotes, script) found fault with: the unit it
 * belongs to, the segment as it is, and the findings.
 */
public record FlaggedSegment(String unitId, SegmentPair segment, List<QaFinding> findings) {
    public FlaggedSegment {
        requireNonNull(unitId, "unitId");
        requireNonNull(segment, "segment");
        findings = List.copyOf(findings);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException(
                    "segment " + segment.id() + " is flagged without a finding");
        }
        if (!segment.id().unitId().equals(unitId)) {
            throw new IllegalArgumentException(
                    "segment " + segment.id() + " is not in unit " + unitId);
        }
    }
}
