package dev.attache.qa;

import static java.util.Objects.requireNonNull;

import dev.attache.glossary.Glossary;
import dev.attache.model.SegmentPair;
import dev.attache.model.TargetOrigin;
import dev.attache.model.TranslationDocument;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The QA of the targets the memory filled in: every check (terms with a glossary) on each segment
 * whose target is an exact match, at once, as {@code import} checks a changed target; the findings
 * become notes from {@code qa}, which the worksheet's TM column shows beside {@code 100% exact
 * (from memory)}.
 */
public final class ExactMatchQa {
    public static final Predicate<SegmentPair> FROM_MEMORY =
            s -> s.origin() == TargetOrigin.EXACT_MATCH;

    /** The document with the exact matches' findings recorded as notes, and those findings. */
    public record Checked(TranslationDocument document, List<SegmentFinding> findings) {
        public Checked {
            requireNonNull(document, "document");
            findings = List.copyOf(findings);
        }
    }

    /**
     * Checks the exact matches of {@code leveraged}, whose sources carry their term hits when there
     * is a glossary; a document without one is left as it is, without setting up the checks
     * (CheckMate's session among them).
     */
    public static Checked check(TranslationDocument leveraged, Optional<Glossary> glossary) {
        if (leveraged.translatableSegments().noneMatch(FROM_MEMORY)) {
            return new Checked(leveraged, List.of());
        }
        List<SegmentFinding> findings =
                new SegmentQa(glossary, QaCheck.all(), leveraged).check(leveraged, FROM_MEMORY);
        return new Checked(SegmentQa.recordAsNotes(leveraged, FROM_MEMORY, findings), findings);
    }
}
