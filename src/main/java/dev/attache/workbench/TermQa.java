package dev.attache.workbench;

import dev.attache.glossary.Glossary;
import dev.attache.qa.TermChecker;
import dev.attache.xliff.Note;
import dev.attache.xliff.SegmentPair;
import dev.attache.xliff.TranslationDocument;
import dev.attache.xliff.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Term QA over a document whose sources carry their term hits: checks the translated segments and can record the
 * findings as notes from {@code qa} (replacing earlier ones of the checked segments).
 */
final class TermQa {
    static final String NOTE_AUTHOR = "qa";

    private final TermChecker checker;

    TermQa(Glossary glossary, TranslationDocument document) {
        this.checker = new TermChecker(glossary, document.sourceLang().getLanguage(),
                document.targetLang().getLanguage());
    }

    /** The findings on every translated segment that {@code which} selects, in document order. */
    List<SegmentFinding> check(TranslationDocument document, Predicate<SegmentPair> which) {
        List<SegmentFinding> findings = new ArrayList<>();
        document.translatableSegments().filter(SegmentPair::isTranslated).filter(which).forEach(segment ->
                checker.check(segment.termHits(), segment.target())
                        .forEach(f -> findings.add(new SegmentFinding(segment.id(), f))));
        return findings;
    }

    /** The document with the QA notes of the checked segments replaced by these findings. */
    static TranslationDocument recordAsNotes(TranslationDocument document, Predicate<SegmentPair> checked,
                                             List<SegmentFinding> findings) {
        Map<String, List<SegmentFinding>> byUnit = findings.stream()
                .collect(Collectors.groupingBy(f -> f.segment().unitId()));
        List<Unit> units = new ArrayList<>();
        for (Unit unit : document.units()) {
            List<String> checkedIds = unit.segments().stream().filter(checked).map(s -> s.id() + ": ").toList();
            List<Note> notes = new ArrayList<>(unit.notes().stream()
                    .filter(n -> !n.from().equals(NOTE_AUTHOR) || checkedIds.stream().noneMatch(n.text()::startsWith))
                    .toList());
            byUnit.getOrDefault(unit.id(), List.of()).forEach(f -> notes.add(new Note(NOTE_AUTHOR, f.describe())));
            units.add(unit.withNotes(notes));
        }
        return document.withUnits(units);
    }
}
