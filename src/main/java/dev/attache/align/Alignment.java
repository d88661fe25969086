package dev.attache.align;

import dev.attache.model.Note;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pairs of two documents aligned, in order; as a translation document ({@link #document}): one
 * unit per pair with English ({@code a1}, {@code a2}, …), holding one segment pair (several
 * sentences of a 2:1 or 1:2 kept as one segment), of the pair's kind ({@code title}, {@code
 * dateline}, {@code label}, {@code body}; a document number or a page's footer as a unit not
 * translated, without target); a confident pair is Translated, a doubtful one Needs review with its
 * target offered, an English sentence without counterpart New and empty. Each unit's note says the
 * pair's shape and confidence; a target sentence without English is a note on the unit before it
 * (on the first unit when it comes first).
 */
public record Alignment(List<AlignedPair> pairs) {
    public static final String NOTE_AUTHOR = "attache";

    public Alignment {
        pairs = List.copyOf(pairs);
    }

    /** The pairs of translated paragraphs that the aligner is sure of. */
    public long confident() {
        return pairs.stream()
                .filter(p -> p.isConfident() && p.english().get(0).translatable())
                .count();
    }

    /** The pairs of {@code shape} ({@code 2:1}). */
    public long ofShape(String shape) {
        return pairs.stream().filter(p -> p.shape().equals(shape)).count();
    }

    public TranslationDocument document(String original, Locale sourceLang, Locale targetLang) {
        List<Unit> units = new ArrayList<>();
        List<String> pendingTargets = new ArrayList<>();
        for (AlignedPair pair : pairs) {
            if (pair.english().isEmpty()) {
                if (units.isEmpty()) {
                    pendingTargets.add(pair.targetText());
                } else {
                    Unit last = units.remove(units.size() - 1);
                    units.add(withNote(last, unpairedNote(pair.targetText())));
                }
                continue;
            }
            String id = "a" + (units.size() + 1);
            boolean translatable = pair.english().get(0).translatable();
            // a doubtful pair's target is offered for review: Needs review, not New, which a target
            // read back from
            // XLIFF would turn into Translated (SegmentPair.asRead: a tool filled it and left the
            // state alone)
            State state =
                    !translatable || pair.targetText().isEmpty()
                            ? State.NEW
                            : pair.isConfident() ? State.TRANSLATED : State.NEEDS_REVIEW;
            SegmentPair segment =
                    new SegmentPair(
                            new SegmentId(id, 1),
                            pair.englishText(),
                            translatable ? pair.targetText() : "",
                            state,
                            List.of());
            List<Note> notes = new ArrayList<>();
            notes.add(
                    new Note(
                            NOTE_AUTHOR,
                            "aligned %s, confidence %.2f"
                                    .formatted(pair.shape(), pair.confidence())));
            if (units.isEmpty()) {
                pendingTargets.forEach(t -> notes.add(unpairedNote(t)));
            }
            units.add(
                    new Unit(
                            id,
                            pair.kind(),
                            translatable,
                            List.of(segment),
                            List.of(),
                            notes,
                            Optional.empty()));
        }
        return new TranslationDocument(original, sourceLang, targetLang, units);
    }

    private static Note unpairedNote(String target) {
        return new Note(NOTE_AUTHOR, "target sentence without English: " + target);
    }

    private static Unit withNote(Unit unit, Note note) {
        List<Note> notes = new ArrayList<>(unit.notes());
        notes.add(note);
        return unit.withNotes(notes);
    }
}
