package dev.attache.reimport;

import dev.attache.model.Note;
import dev.attache.model.SegmentPair;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document being changed by an import: segments replaced, notes added, units kept in their
 * order.
 */
final class DocumentEdits {
    private final TranslationDocument original;
    private final Map<String, Unit> units = new LinkedHashMap<>();

    DocumentEdits(TranslationDocument original) {
        this.original = original;
        original.units().forEach(u -> units.put(u.id(), u));
    }

    void replace(SegmentPair segment) {
        units.computeIfPresent(segment.id().unitId(), (id, unit) -> unit.with(segment));
    }

    /** Adds the note to the unit unless the unit already has it; says whether it was added. */
    boolean addNote(String unitId, Note note) {
        Unit unit = units.get(unitId);
        if (unit.notes().contains(note)) {
            return false;
        }
        List<Note> notes = new ArrayList<>(unit.notes());
        notes.add(note);
        units.put(unitId, unit.withNotes(notes));
        return true;
    }

    TranslationDocument document() {
        return original.withUnits(List.copyOf(units.values()));
    }
}
