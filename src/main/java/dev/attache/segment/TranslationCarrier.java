package dev.attache.segment;

import dev.attache.model.Note;
import dev.attache.model.SegmentPair;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carries the translations of an earlier XLIFF into a freshly segmented document: a segment keeps
 * the target and state (and the target's origin, and what worksheet imports put it there) of the
 * earlier segment with the same id and the same source, or else of an earlier segment with the same
 * source anywhere (a sentence that moved). A translation left behind is kept as a note on its unit.
 */
public final class TranslationCarrier {
    public static final String LEFT_BEHIND_AUTHOR = "attache";

    /**
     * How many earlier translations were kept, and how many were left behind because their source
     * is gone.
     */
    public record Carried(int kept, int leftBehind) {}

    public record Outcome(TranslationDocument document, Carried carried) {}

    public Outcome carry(TranslationDocument earlier, TranslationDocument fresh) {
        Map<String, SegmentPair> bySource = new HashMap<>();
        earlier.translatableSegments()
                .filter(SegmentPair::isTranslated)
                .forEach(s -> bySource.putIfAbsent(s.source(), s));
        Set<SegmentPair> used = new HashSet<>();
        List<Unit> units = new ArrayList<>();
        for (Unit unit : fresh.units()) {
            List<SegmentPair> segments = new ArrayList<>();
            for (SegmentPair segment : unit.segments()) {
                Optional<SegmentPair> old =
                        earlier.segment(segment.id())
                                .filter(
                                        s ->
                                                s.isTranslated()
                                                        && s.source().equals(segment.source()))
                                .or(() -> Optional.ofNullable(bySource.get(segment.source())));
                old.ifPresent(used::add);
                segments.add(
                        old.filter(o -> unit.translatable())
                                .map(
                                        o ->
                                                segment.withTarget(o.target(), o.state())
                                                        .withOrigin(o.origin())
                                                        .withImports(o.imports()))
                                .orElse(segment));
            }
            units.add(unit.withSegments(segments));
        }
        List<SegmentPair> leftBehind =
                earlier.translatableSegments()
                        .filter(s -> s.isTranslated() && !used.contains(s))
                        .toList();
        List<Unit> withNotes =
                units.stream().map(u -> u.withNotes(carriedNotes(earlier, u, leftBehind))).toList();
        return new Outcome(fresh.withUnits(withNotes), new Carried(used.size(), leftBehind.size()));
    }

    /**
     * The unit's fresh notes, the earlier notes of the translator and of Attaché (not the
     * glossary's, made anew, nor term QA's, which spoke of targets that may be gone), and one note
     * per translation of the unit that was left behind, so that the translator still sees it.
     */
    private static List<Note> carriedNotes(
            TranslationDocument earlier, Unit unit, List<SegmentPair> leftBehind) {
        List<Note> notes = new ArrayList<>(unit.notes());
        earlier.unit(unit.id())
                .ifPresent(
                        old ->
                                old.notes().stream()
                                        .filter(
                                                n ->
                                                        !n.from().equals(Note.FROM_GLOSSARY)
                                                                && !n.from().equals(Note.FROM_QA))
                                        .filter(n -> !notes.contains(n))
                                        .forEach(notes::add));
        leftBehind.stream()
                .filter(s -> s.id().unitId().equals(unit.id()))
                .map(
                        s ->
                                new Note(
                                        LEFT_BEHIND_AUTHOR,
                                        s.id()
                                                + ": earlier translation, left behind because its "
                                                + "source changed: \""
                                                + s.target()
                                                + "\" (its source was \""
                                                + s.source()
                                                + "\")"))
                .filter(n -> !notes.contains(n))
                .forEach(notes::add);
        return notes;
    }
}
