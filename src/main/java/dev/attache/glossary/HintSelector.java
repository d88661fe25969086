package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

import dev.attache.model.TermHit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which term hits of a source are worth a hint to a translator into one target language. The
 * longest match owns its span: a hit inside a longer hit of another concept is listed only when it
 * adds something there, which is
 *
 * <ul>
 *   <li>a rendering the longer term lacks: the longer concept has no term in the target language;
 *   <li>an avoid-note: the longer term's rendering contains the shorter one's (in any inflected
 *       form), and the shorter concept has deprecated target terms ("allied interaction" inside
 *       "Declaration on Allied Interaction": avoid "союзное взаимодействие").
 * </ul>
 *
 * Otherwise it is left out: as noise when its rendering is already part of the longer term's
 * rendering ("Minister → министр" inside "Foreign Minister → министр иностранных дел"), and as
 * wrong in that context when it is not ("Prime Minister → премьер-министр" inside "Deputy Prime
 * Minister → вице-премьер", "Azerbaijan → Азербайджан" inside "Republic of Azerbaijan →
 * Азербайджанская Республика"). Whether one concept's rendering contains another's is decided by a
 * {@link TermMatcher} of the target language, once per pair of concepts. An instance may be shared
 * between threads.
 */
public final class HintSelector {
    private final Glossary glossary;
    private final String lang;
    private final TermMatcher targetMatcher;
    private final Map<String, Boolean> contains = new ConcurrentHashMap<>();
    // whether a concept has a rendering here, by concept id: once a concept, not once a hit
    private final Map<String, Boolean> rendered = new ConcurrentHashMap<>();

    /** A selector of hints into {@code targetLang} ("ru", "az", …) from {@code glossary}. */
    public HintSelector(Glossary glossary, String targetLang) {
        this.glossary = requireNonNull(glossary, "glossary");
        this.targetMatcher = new TermMatcher(glossary, requireNonNull(targetLang, "targetLang"));
        this.lang = targetMatcher.language();
    }

    /**
     * The hits worth listing, in the order given: every outermost hit, and the nested ones that add
     * something; a generic word without a generic rendering in the target language is no hint
     * ("governments" is not "Правительство").
     */
    public List<TermHit> select(List<TermHit> hits) {
        return hits.stream()
                .filter(this::hasRendering)
                .filter(
                        hit ->
                                hits.stream()
                                        .filter(
                                                outer ->
                                                        encloses(outer, hit)
                                                                && !outer.conceptId()
                                                                        .equals(hit.conceptId()))
                                        .allMatch(outer -> addsTo(hit, outer)))
                .toList();
    }

    private boolean hasRendering(TermHit hit) {
        return rendered.computeIfAbsent(
                hit.conceptId(),
                id ->
                        glossary.concept(id)
                                .map(c -> !c.generic() || c.preferred(lang).isPresent())
                                .orElse(true));
    }

    /**
     * The hits that lie inside no longer hit, in the order given: the hints when no target language
     * is known.
     */
    public static List<TermHit> outermost(List<TermHit> hits) {
        return hits.stream()
                .filter(hit -> hits.stream().noneMatch(outer -> encloses(outer, hit)))
                .toList();
    }

    private boolean addsTo(TermHit inner, TermHit outer) {
        Optional<Concept> outerConcept = glossary.concept(outer.conceptId());
        Optional<Concept> innerConcept = glossary.concept(inner.conceptId());
        if (outerConcept.isEmpty() || innerConcept.isEmpty()) {
            return innerConcept.isPresent();
        }
        if (outerConcept.get().preferred(lang).isEmpty()) {
            return innerConcept.get().preferred(lang).isPresent();
        }
        return !innerConcept.get().withStatus(lang, TermStatus.DEPRECATED).isEmpty()
                && renderingContains(outerConcept.get(), innerConcept.get());
    }

    /**
     * Whether a preferred or admitted target term of {@code outer} holds a form of one of {@code
     * inner}.
     */
    private boolean renderingContains(Concept outer, Concept inner) {
        return contains.computeIfAbsent(
                outer.id() + '\u0000' + inner.id(),
                key ->
                        outer.terms(lang).stream()
                                .filter(term -> term.status() != TermStatus.DEPRECATED)
                                .flatMap(term -> targetMatcher.matches(term.text()).stream())
                                .anyMatch(
                                        match ->
                                                match.conceptId().equals(inner.id())
                                                        && match.term().status()
                                                                != TermStatus.DEPRECATED));
    }

    private static boolean encloses(TermHit outer, TermHit inner) {
        return outer.start() <= inner.start()
                && inner.end() <= outer.end()
                && outer.end() - outer.start() > inner.end() - inner.start();
    }
}
