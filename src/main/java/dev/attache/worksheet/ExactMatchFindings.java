package dev.attache.worksheet;

import dev.attache.model.Note;
import dev.attache.model.SegmentPair;
import dev.attache.model.TargetOrigin;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The QA findings recorded (as notes from {@code qa}) on the targets an exact memory match filled
 * in, by segment id: the TM column shows them beside {@code 100% exact (from memory)}.
 */
record ExactMatchFindings(Map<String, String> bySegment) {
    ExactMatchFindings {
        bySegment = Map.copyOf(bySegment);
    }

    static ExactMatchFindings of(TranslationDocument doc) {
        Map<String, String> found = new HashMap<>();
        for (Unit unit : doc.units()) {
            unit.segments().stream()
                    .filter(s -> s.origin() == TargetOrigin.EXACT_MATCH)
                    .forEach(
                            segment -> {
                                String prefix = segment.id() + ": ";
                                String messages =
                                        unit.notes().stream()
                                                .filter(
                                                        n ->
                                                                n.from().equals(Note.FROM_QA)
                                                                        && n.text()
                                                                                .startsWith(prefix))
                                                .map(n -> n.text().substring(prefix.length()))
                                                .collect(Collectors.joining("; "));
                                if (!messages.isEmpty()) {
                                    found.put(segment.id().toString(), messages);
                                }
                            });
        }
        return new ExactMatchFindings(found);
    }

    /**
     * The TM cell: {@code 100% exact (from memory) · QA: deprecated term …} when the exact match
     * has findings.
     */
    String memoryCell(SegmentPair segment) {
        String findings = bySegment.getOrDefault(segment.id().toString(), "");
        return TranslationSheetWriter.memoryCell(segment)
                + (findings.isEmpty() ? "" : " · QA: " + findings);
    }
}
