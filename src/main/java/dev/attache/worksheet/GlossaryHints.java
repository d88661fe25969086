package dev.attache.worksheet;

import dev.attache.glossary.Concept;
import dev.attache.glossary.Glossary;
import dev.attache.glossary.Term;
import dev.attache.glossary.TermStatus;
import dev.attache.model.SegmentPair;
import dev.attache.model.TermHit;
import dev.attache.model.TranslationDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the glossary says about a segment's term hits, in the target language. What depends only on
 * a concept (its line's rendering, the stems of its renderings) is worked out once per concept, not
 * once per segment.
 */
final class GlossaryHints {
    private final Glossary glossary;
    private final String sourceLang;
    private final String lang;
    private final TermStems stems;
    private final Map<String, String> renderings = new HashMap<>();
    private final Map<String, List<List<String>>> renderingStems = new HashMap<>();

    GlossaryHints(Glossary glossary, Locale sourceLang, Locale targetLang) {
        this.glossary = glossary;
        this.sourceLang = sourceLang.getLanguage();
        this.lang = targetLang.getLanguage();
        this.stems = new TermStems(targetLang);
    }

    /**
     * The text of the segment's Glossary cell: one line per concept, {@code term → rendering
     * (avoid: …)}.
     */
    String cellText(SegmentPair segment) {
        List<String> lines = new ArrayList<>();
        firstHitPerConcept(segment)
                .forEach(
                        (conceptId, hit) ->
                                lines.add(
                                        hit.matchedText()
                                                + renderings.computeIfAbsent(
                                                        conceptId + '\u0000' + hit.matchedText(),
                                                        key ->
                                                                rendering(
                                                                        glossary.concept(conceptId),
                                                                        hit.matchedText()))));
        return String.join("\n", lines);
    }

    /**
     * Per concept found in the segment that has target terms, the stems of each acceptable
     * rendering (preferred, then admitted): the target shows the concept when it holds every stem
     * of one rendering.
     */
    List<List<List<String>>> expectedStems(SegmentPair segment) {
        List<List<List<String>>> expected = new ArrayList<>();
        for (String conceptId : firstHitPerConcept(segment).keySet()) {
            List<List<String>> stemsOfRenderings =
                    renderingStems.computeIfAbsent(
                            conceptId,
                            id ->
                                    glossary.concept(id)
                                            .map(this::stemsOfRenderings)
                                            .orElse(List.of()));
            if (!stemsOfRenderings.isEmpty()) {
                expected.add(stemsOfRenderings);
            }
        }
        return expected;
    }

    /**
     * The stems of each rendering a target may hold, preferred first, leaving out a rendering whose
     * stems hold all of another's: where "Лавров" is admitted, "Сергей Лавров" asks nothing more of
     * the target, and the check's formula is shorter by it.
     */
    private List<List<String>> stemsOfRenderings(Concept concept) {
        List<List<String>> all =
                concept.terms(lang).stream()
                        .filter(t -> t.status() != TermStatus.DEPRECATED && !t.speakerLabel())
                        .sorted(Comparator.comparing(Term::status))
                        .map(t -> stems.of(t.text()))
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        return all.stream()
                .filter(
                        stemsOf ->
                                all.stream()
                                        .noneMatch(
                                                other ->
                                                        other != stemsOf
                                                                && stemsOf.containsAll(other)
                                                                && !other.containsAll(stemsOf)))
                .toList();
    }

    /** Every concept that a translatable segment of the document mentions, in glossary order. */
    List<Concept> conceptsIn(TranslationDocument doc) {
        var ids =
                doc.translatableSegments()
                        .flatMap(s -> s.termHits().stream())
                        .map(TermHit::conceptId)
                        .collect(Collectors.toSet());
        return glossary.concepts().stream().filter(c -> ids.contains(c.id())).toList();
    }

    private static Map<String, TermHit> firstHitPerConcept(SegmentPair segment) {
        Map<String, TermHit> first = new LinkedHashMap<>();
        segment.termHits().stream()
                .sorted(Comparator.comparingInt(TermHit::start))
                .forEach(hit -> first.putIfAbsent(hit.conceptId(), hit));
        return first;
    }

    /** What a concept's line says after the matched term: {@code → rendering (avoid: …)}. */
    private String rendering(Optional<Concept> concept, String sourceForm) {
        if (concept.isEmpty()) {
            return " → (not in the glossary)";
        }
        return " → " + concept.get().hint(sourceLang, sourceForm, lang);
    }
}
