package dev.attache.qa;

import static java.util.Objects.requireNonNull;

import dev.attache.glossary.Glossary;
import dev.attache.glossary.TermMatch;
import dev.attache.glossary.TermMatcher;
import dev.attache.model.TermHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Term QA of a target against the term hits of its source.
 *
 * <ul>
 *   <li>Each concept found in the source must be found in the target as its preferred or an
 *       admitted term, in any inflected form ("союзнического взаимодействия", "Azərbaycan
 *       Respublikasının", "Джейхуном Байрамовым") and, where a term holds the number placeholder,
 *       with any number ("30-летие установления дипломатических отношений"): else {@link
 *       MissingTerm}, naming the forms found instead.
 *   <li>It must be found as often as in the source: else {@link TooFewOccurrences} (a warning: a
 *       pronoun may rightly stand for a repeated term). A form inside a longer name of another
 *       concept that holds a state the source does not name ("Президент" in "Президент США")
 *       renders a term the source has once ("President Trump": "Президент США Д.Трамп"), but counts
 *       for none where the source has it several times: it is another name there, unless the house
 *       style writes that name for the term ({@code house-style-forms.tsv}: "Президент России" for
 *       "President").
 *   <li>Any deprecated target term is flagged wherever it appears, whatever the source: {@link
 *       DeprecatedTerm}.
 * </ul>
 *
 * Only outermost hits of the source are required: a term inside a longer one ("Azerbaijan" inside
 * "Republic of Azerbaijan", "allied interaction" inside the Declaration's title) is rendered by the
 * longer term's official rendering, which need not contain it ("Азербайджанская Республика"). In
 * the target, a term inside a longer one counts unless the longer one renders a term the source
 * requires: "министр иностранных дел" inside "Министр иностранных дел Российской Федерации" renders
 * "Foreign Minister", while "союзническое взаимодействие" inside the Declaration's title is part of
 * the title, not a rendering of a second "allied interaction". An instance may be shared between
 * threads.
 */
public final class TermChecker {
    private final Glossary glossary;
    private final String targetLang;
    private final TermMatcher targetMatcher;
    private final HouseStyleForms houseStyle = HouseStyleForms.shipped();
    private final Map<String, Optional<ExpectedRendering>> expectedRenderings =
            new ConcurrentHashMap<>();

    /**
     * A checker of {@code targetLang} targets of {@code sourceLang} sources; hits must come from
     * that source language.
     */
    public TermChecker(Glossary glossary, String sourceLang, String targetLang) {
        this.glossary = requireNonNull(glossary, "glossary");
        requireNonNull(sourceLang, "sourceLang");
        this.targetLang = requireNonNull(targetLang, "targetLang");
        if (sourceLang.equalsIgnoreCase(targetLang)) {
            throw new IllegalArgumentException(
                    "source and target language are both '" + targetLang + "'");
        }
        this.targetMatcher = new TermMatcher(glossary, targetLang);
    }

    /**
     * The findings on {@code target} given the term hits of its source, in source order then
     * deprecated uses.
     */
    public List<TermFinding> check(List<TermHit> sourceHits, String target) {
        Map<String, List<TermHit>> required = new LinkedHashMap<>();
        for (TermHit hit : outermost(sourceHits)) {
            required.computeIfAbsent(hit.conceptId(), id -> new ArrayList<>()).add(hit);
        }
        TargetTerms found =
                new TargetTerms(
                        targetMatcher.matches(target),
                        required.keySet(),
                        houseStyle,
                        this::isState);
        List<TermFinding> findings = new ArrayList<>();
        required.forEach(
                (conceptId, hits) ->
                        expected(conceptId)
                                .flatMap(expected -> presence(conceptId, hits, expected, found))
                                .ifPresent(findings::add));
        for (TermMatch match : found.deprecated()) {
            findings.add(
                    new DeprecatedTerm(
                            match.conceptId(),
                            match.hit().matchedText(),
                            match.term().text(),
                            expected(match.conceptId())));
        }
        return findings;
    }

    /**
     * How the glossary wants the concept rendered in the target language, worked out once per
     * concept.
     */
    private Optional<ExpectedRendering> expected(String conceptId) {
        return expectedRenderings.computeIfAbsent(
                conceptId,
                id ->
                        glossary.concept(id)
                                .flatMap(concept -> ExpectedRendering.of(concept, targetLang)));
    }

    private static Optional<TermFinding> presence(
            String conceptId, List<TermHit> hits, ExpectedRendering expected, TargetTerms found) {
        List<String> renderings = found.renderings(conceptId);
        String sourceTerm = hits.get(0).matchedText();
        if (renderings.isEmpty()
                && (hits.size() > 1 || found.insideOtherNames(conceptId).isEmpty())) {
            return Optional.of(
                    new MissingTerm(conceptId, sourceTerm, expected, found.insteadOf(conceptId)));
        }
        if (renderings.size() < hits.size() && hits.size() > 1) {
            return Optional.of(
                    new TooFewOccurrences(
                            conceptId, sourceTerm, expected, hits.size(), renderings));
        }
        return Optional.empty();
    }

    /** Whether the concept is a state ("США", "России"): its subject field is {@value #STATES}. */
    private boolean isState(String conceptId) {
        return glossary.concept(conceptId).map(c -> c.subject().equals(STATES)).orElse(false);
    }

    /** The subject field of the termbase's states. */
    private static final String STATES = "states";

    /**
     * The hits that lie inside no other: those a target must render (the others come with the
     * longer term).
     */
    static List<TermHit> outermost(List<TermHit> hits) {
        return hits.stream()
                .filter(hit -> hits.stream().noneMatch(other -> isInside(hit, other)))
                .toList();
    }

    private static boolean isInside(TermHit inner, TermHit outer) {
        return outer.start() <= inner.start()
                && inner.end() <= outer.end()
                && outer.end() - outer.start() > inner.end() - inner.start();
    }
}
