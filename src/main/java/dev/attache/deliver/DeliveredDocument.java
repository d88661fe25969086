package dev.attache.deliver;

import static java.util.Objects.requireNonNull;

import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * A document ready to merge: every translatable segment has the target to deliver, which is its
 * translation when the segment is done, else its source (only written when the untranslated are
 * allowed). {@code notDone} lists the segments that are not done, each with why, in document order.
 */
public record DeliveredDocument(TranslationDocument document, List<NotDone> notDone) {
    /**
     * A segment that is not done, and why ({@code no translation}, {@code not final (translated)}).
     */
    public record NotDone(SegmentId segment, String reason) {
        public NotDone {
            requireNonNull(segment, "segment");
            requireNonNull(reason, "reason");
        }
    }

    public DeliveredDocument {
        requireNonNull(document, "document");
        notDone = List.copyOf(notDone);
    }

    /**
     * The document with the targets to deliver: the done segments' translations, the source for the
     * others.
     */
    public static DeliveredDocument of(TranslationDocument translated, DoneSegments done) {
        List<NotDone> notDone = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        for (Unit unit : translated.units()) {
            if (!unit.translatable()) {
                units.add(unit);
                continue;
            }
            List<SegmentPair> segments = new ArrayList<>();
            for (SegmentPair segment : unit.segments()) {
                if (done.test(segment)) {
                    segments.add(segment);
                } else {
                    notDone.add(new NotDone(segment.id(), done.whyNotDone(segment)));
                    segments.add(segment.withTarget(segment.source(), segment.state()));
                }
            }
            units.add(unit.withSegments(segments));
        }
        return new DeliveredDocument(translated.withUnits(units), notDone);
    }
}
