package dev.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A paragraph of the transcript as a translation unit: id {@code p7}, its kind ({@code title},
 * {@code body}, …), whether it is translatable, its segments and the whitespace between them, and
 * its notes. {@code separators.get(i)} stands between segment {@code i} and {@code i+1}. A speaker
 * turn has its {@code speaker}, whose label opens the paragraph before the first segment and is
 * part of none.
 */
public record Unit(
        String id,
        String kind,
        boolean translatable,
        List<SegmentPair> segments,
        List<String> separators,
        List<Note> notes,
        Optional<Speaker> speaker) {

    public Unit {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(speaker, "speaker");
        if (!SegmentId.isUnitId(id)) {
            throw new IllegalArgumentException("not a unit id: '" + id + "'");
        }
        segments = List.copyOf(segments);
        separators = List.copyOf(separators);
        notes = List.copyOf(notes);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("unit " + id + " has no segment");
        }
        if (separators.size() != segments.size() - 1) {
            throw new IllegalArgumentException(
                    "unit "
                            + id
                            + " has "
                            + segments.size()
                            + " segments but "
                            + separators.size()
                            + " separators");
        }
        for (int i = 0; i < segments.size(); i++) {
            SegmentId expected = new SegmentId(id, i + 1);
            if (!segments.get(i).id().equals(expected)) {
                throw new IllegalArgumentException(
                        "unit "
                                + id
                                + ": segment "
                                + (i + 1)
                                + " has id "
                                + segments.get(i).id()
                                + ", expected "
                                + expected);
            }
        }
    }

    /** A unit that is not a speaker turn. */
    public Unit(
            String id,
            String kind,
            boolean translatable,
            List<SegmentPair> segments,
            List<String> separators,
            List<Note> notes) {
        this(id, kind, translatable, segments, separators, notes, Optional.empty());
    }

    /**
     * The source paragraph, rebuilt byte for byte (the speaker label aside: see {@link
     * #sourceParagraph()}).
     */
    public String source() {
        return join(SegmentPair::source);
    }

    /**
     * The target paragraph: the targets joined by the source's separators (without the speaker
     * label).
     */
    public String target() {
        return join(SegmentPair::target);
    }

    /** The source paragraph with its speaker label: {@code Sergey Lavrov: Thank you.} */
    public String sourceParagraph() {
        return speaker.map(Speaker::sourcePrefix).orElse("") + source();
    }

    /** The target paragraph with the rendered speaker label: {@code С.В.Лавров: Спасибо.} */
    public String targetParagraph() {
        return speaker.map(Speaker::targetPrefix).orElse("") + target();
    }

    public Optional<SegmentPair> segment(SegmentId segmentId) {
        int index = segmentId.number() - 1;
        return segmentId.unitId().equals(id) && index < segments.size()
                ? Optional.of(segments.get(index))
                : Optional.empty();
    }

    public Unit withSegments(List<SegmentPair> newSegments) {
        return new Unit(id, kind, translatable, newSegments, separators, notes, speaker);
    }

    public Unit withNotes(List<Note> newNotes) {
        return new Unit(id, kind, translatable, segments, separators, newNotes, speaker);
    }

    public Unit withSpeaker(Optional<Speaker> newSpeaker) {
        return new Unit(id, kind, translatable, segments, separators, notes, newSpeaker);
    }

    /** This unit with one segment replaced (matched by id). */
    public Unit with(SegmentPair segment) {
        List<SegmentPair> copy = new ArrayList<>(segments);
        copy.set(segment.id().number() - 1, segment);
        return withSegments(copy);
    }

    private String join(java.util.function.Function<SegmentPair, String> part) {
        StringBuilder text = new StringBuilder(part.apply(segments.get(0)));
        for (int i = 1; i < segments.size(); i++) {
            text.append(separators.get(i - 1)).append(part.apply(segments.get(i)));
        }
        return text.toString();
    }
}
