package dev.attache.qa;

import static java.util.Objects.requireNonNull;

import dev.attache.glossary.Glossary;
import dev.attache.glossary.TermMatch;
import dev.attache.glossary.TermMatcher;
import dev.attache.glossary.TermStatus;
import dev.attache.model.TermHit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tallies, segment by segment, the glossary coverage of a document ({@link ConceptCoverage} per
 * concept): the concepts of the sources (their outermost term hits, as {@link TermChecker} requires
 * them: "Azerbaijan" inside "Republic of Azerbaijan" comes with the longer term), and in the
 * targets the concepts' terms found by a {@link TermMatcher} of the target language, allowed or
 * deprecated. A deprecated term found in a target whose source lacks its concept is counted too: it
 * slipped in all the same. Not thread-safe: one instance per document.
 */
public final class GlossaryCoverage {
    private final Glossary glossary;
    private final String sourceLang;
    private final TermMatcher targetMatcher;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    public GlossaryCoverage(Glossary glossary, String sourceLang, String targetLang) {
        this.glossary = requireNonNull(glossary, "glossary");
        this.sourceLang = requireNonNull(sourceLang, "sourceLang");
        this.targetMatcher = new TermMatcher(glossary, requireNonNull(targetLang, "targetLang"));
    }

    /**
     * Counts one segment: the term hits of its source, and its target ({@code ""} when
     * untranslated).
     */
    public void add(List<TermHit> sourceHits, String target) {
        Set<String> inSource = new LinkedHashSet<>();
        for (TermHit hit : TermChecker.outermost(sourceHits)) {
            if (inSource.add(hit.conceptId())) {
                tally(hit.conceptId(), hit.matchedText()).sourceSegments++;
            }
        }
        if (target.isBlank()) {
            return;
        }
        Set<String> rendered = new LinkedHashSet<>();
        for (TermMatch match : targetMatcher.matches(target)) {
            Tally tally = tally(match.conceptId(), match.hit().matchedText());
            if (match.term().status() == TermStatus.DEPRECATED) {
                tally.deprecated.merge(match.term().text(), 1, Integer::sum);
            } else {
                tally.renderings.merge(match.term().text(), 1, Integer::sum);
                rendered.add(match.conceptId());
            }
        }
        for (String conceptId : inSource) {
            Tally tally = tallies.get(conceptId);
            tally.translatedSegments++;
            if (rendered.contains(conceptId)) {
                tally.renderedSegments++;
            }
        }
    }

    /** One entry per concept met in a source or a target, in the order first met. */
    public List<ConceptCoverage> concepts() {
        return tallies.entrySet().stream().map(e -> e.getValue().coverage(e.getKey())).toList();
    }

    private Tally tally(String conceptId, String foundText) {
        return tallies.computeIfAbsent(
                conceptId,
                id ->
                        new Tally(
                                glossary.concept(id)
                                        .flatMap(concept -> concept.preferred(sourceLang))
                                        .map(term -> term.text())
                                        .orElse(foundText)));
    }

    private static final class Tally {
        private final String sourceTerm;
        private final Map<String, Integer> renderings = new LinkedHashMap<>();
        private final Map<String, Integer> deprecated = new LinkedHashMap<>();
        private int sourceSegments;
        private int translatedSegments;
        private int renderedSegments;

        private Tally(String sourceTerm) {
            this.sourceTerm = sourceTerm;
        }

        private ConceptCoverage coverage(String conceptId) {
            return new ConceptCoverage(
                    conceptId,
                    sourceTerm,
                    sourceSegments,
                    translatedSegments,
                    renderedSegments,
                    renderings,
                    deprecated);
        }
    }
}
