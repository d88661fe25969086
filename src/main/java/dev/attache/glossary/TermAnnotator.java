package dev.attache.glossary;

import dev.attache.model.Note;
import dev.attache.model.SegmentPair;
import dev.attache.model.TermHit;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks the glossary terms in the sources of a document that are worth a hint in its target
 * language (the longest match owns its span; a nested term only when it adds something, see {@link
 * HintSelector}): the hits go on the segments, and each unit with hits gets one note from {@code
 * glossary} that lists them ({@code p3.s1: allied interaction → союзническое взаимодействие}).
 * Annotating again replaces the earlier hits and note. The units are annotated in parallel (the
 * matcher and the selectors may be shared between threads), and kept in their order.
 */
public final class TermAnnotator {
    public static final String NOTE_AUTHOR = Note.FROM_GLOSSARY;

    private final Glossary glossary;
    private final String sourceLang;
    private final TermMatcher matcher;
    private final Map<String, HintSelector> selectors = new ConcurrentHashMap<>();
    private final Map<ConceptInLanguage, String> renderings = new ConcurrentHashMap<>();

    public TermAnnotator(Glossary glossary, String sourceLang) {
        this.glossary = glossary;
        this.sourceLang = sourceLang;
        this.matcher = new TermMatcher(glossary, sourceLang);
    }

    /**
     * The one annotation step of every flow: the document with the terms of {@code glossary}
     * marked, or as it was read when there is no glossary.
     */
    public static TranslationDocument withTerms(
            Optional<Glossary> glossary, TranslationDocument document) {
        return glossary.map(
                        g ->
                                new TermAnnotator(g, document.sourceLang().getLanguage())
                                        .annotate(document))
                .orElse(document);
    }

    public TranslationDocument annotate(TranslationDocument document) {
        String targetLang = document.targetLang().getLanguage();
        HintSelector selector =
                selectors.computeIfAbsent(targetLang, lang -> new HintSelector(glossary, lang));
        return document.withUnits(
                document.units().parallelStream()
                        .map(
                                unit ->
                                        unit.translatable()
                                                ? annotate(unit, targetLang, selector)
                                                : unit)
                        .toList());
    }

    private Unit annotate(Unit unit, String targetLang, HintSelector selector) {
        List<SegmentPair> segments = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (SegmentPair segment : unit.segments()) {
            List<TermHit> hits = selector.select(matcher.find(segment.source()));
            segments.add(segment.withTermHits(hits));
            String label = hits.isEmpty() ? "" : segment.id() + ": ";
            for (TermHit hit : hits) {
                lines.add(label + rendering(hit, targetLang));
            }
        }
        List<Note> notes =
                new ArrayList<>(
                        unit.notes().stream().filter(n -> !n.from().equals(NOTE_AUTHOR)).toList());
        if (!lines.isEmpty()) {
            Note note = new Note(NOTE_AUTHOR, String.join("\n", lines));
            // the note read back is kept where it says the same: two copies of each unit's note are
            // ~50 MB at 5 M words
            notes.add(0, unit.notes().stream().filter(note::equals).findFirst().orElse(note));
        }
        return unit.withSegments(segments).withNotes(notes);
    }

    /** {@code allied interaction → союзническое взаимодействие (avoid: союзное взаимодействие)}. */
    public String rendering(TermHit hit, String targetLang) {
        return hit.matchedText()
                + " → "
                + renderings.computeIfAbsent(
                        new ConceptInLanguage(hit.conceptId(), targetLang, hit.matchedText()),
                        this::rendering);
    }

    private String rendering(ConceptInLanguage key) {
        return glossary.concept(key.conceptId())
                .orElseThrow()
                .hint(sourceLang, key.sourceForm(), key.lang());
    }

    /**
     * A concept, a target language and the source form found (an abbreviation is hinted with an
     * abbreviation).
     */
    private record ConceptInLanguage(String conceptId, String lang, String sourceForm) {}
}
