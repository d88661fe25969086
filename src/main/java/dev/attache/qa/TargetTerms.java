package dev.attache.qa;

import dev.attache.glossary.TermMatch;
import dev.attache.glossary.TermStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The glossary terms of a target, sorted out against the concepts its source requires: which
 * matches render a concept, which are deprecated, and which explain nothing (the forms a translator
 * wrote instead of a missing term). A match renders its concept when it lies inside no longer
 * rendering of a required concept; it explains something when it renders a required concept or
 * holds such a rendering ("Министр иностранных дел Российской Федерации" for "Foreign Minister").
 */
final class TargetTerms {
    private final List<TermMatch> deprecated = new ArrayList<>();
    private final List<TermMatch> renderings = new ArrayList<>();
    private final List<TermMatch> unexplained = new ArrayList<>();

    /**
     * Forms of a concept inside a longer name of another ("Президент" in "Президент США"): a
     * rendering where the source has the term once ("President Trump" is "Президент США Д.Трамп" in
     * the Russian MFA's style), not one more where it has it several times.
     */
    private final List<TermMatch> insideOtherNames = new ArrayList<>();

    TargetTerms(
            List<TermMatch> matches,
            Set<String> required,
            HouseStyleForms houseStyle,
            Predicate<String> isState) {
        List<TermMatch> longestFirst = new ArrayList<>(matches);
        longestFirst.sort(
                Comparator.comparingInt((TermMatch m) -> m.hit().start() - m.hit().end()));
        for (TermMatch match : longestFirst) {
            if (match.term().status() == TermStatus.DEPRECATED) {
                deprecated.add(match);
            } else if (renderings.stream()
                    .noneMatch(r -> required.contains(r.conceptId()) && match.isInside(r))) {
                if (renderings.stream()
                        .anyMatch(
                                r ->
                                        match.isInside(r)
                                                && ofAnotherName(
                                                        match,
                                                        r,
                                                        matches,
                                                        required,
                                                        houseStyle,
                                                        isState))) {
                    insideOtherNames.add(match);
                } else {
                    renderings.add(match);
                }
            }
        }
        List<TermMatch> requiredRenderings =
                renderings.stream().filter(r -> required.contains(r.conceptId())).toList();
        List<TermMatch> explaining =
                longestFirst.stream()
                        .filter(
                                m ->
                                        requiredRenderings.contains(m)
                                                || requiredRenderings.stream()
                                                        .anyMatch(r -> r.isInside(m)))
                        .toList();
        for (TermMatch match : longestFirst) {
            if (!explaining.contains(match)
                    && unexplained.stream().noneMatch(match::isInside)
                    && explaining.stream().noneMatch(match::isInside)) {
                unexplained.add(match);
            }
        }
        deprecated.sort(Comparator.comparingInt(m -> m.hit().start()));
        unexplained.sort(Comparator.comparingInt(m -> m.hit().start()));
    }

    /**
     * Whether {@code longer}, a target term of a concept the source does not name, makes {@code
     * inner} part of another name: it holds beside it a state the source does not name ("Президент"
     * in "Президент США" where the source names no United States), and the house style does not
     * write the longer term for the inner one ("Президент России" for "President", listed in {@link
     * HouseStyleForms}).
     */
    private static boolean ofAnotherName(
            TermMatch inner,
            TermMatch longer,
            List<TermMatch> matches,
            Set<String> required,
            HouseStyleForms houseStyle,
            Predicate<String> isState) {
        if (houseStyle.standsFor(longer.conceptId(), inner.conceptId())) {
            return false;
        }
        return matches.stream()
                .filter(m -> m.isInside(longer) && !m.overlaps(inner))
                .anyMatch(m -> isState.test(m.conceptId()) && !required.contains(m.conceptId()));
    }

    /** The forms of the concept that lie inside another name, in text order. */
    List<String> insideOtherNames(String conceptId) {
        return formsOf(conceptId, insideOtherNames);
    }

    /** The deprecated terms of the target, in text order. */
    List<TermMatch> deprecated() {
        return deprecated;
    }

    /** The forms that render the concept, in text order. */
    List<String> renderings(String conceptId) {
        return formsOf(conceptId, renderings);
    }

    /** The forms of the concept among {@code matches}, in text order. */
    private static List<String> formsOf(String conceptId, List<TermMatch> matches) {
        if (matches.isEmpty()) {
            return List.of(); // most targets: no term of this kind
        }
        return matches.stream()
                .filter(m -> m.conceptId().equals(conceptId))
                .sorted(Comparator.comparingInt(m -> m.hit().start()))
                .map(m -> m.hit().matchedText())
                .toList();
    }

    /**
     * What the target has where the concept's rendering is missing: its forms that do not count
     * (deprecated, or part of a longer required term) and the terms that render nothing the source
     * requires, in text order.
     */
    List<String> insteadOf(String conceptId) {
        if (unexplained.isEmpty() && deprecated.isEmpty()) {
            return List.of();
        }
        List<TermMatch> instead = new ArrayList<>(unexplained);
        deprecated.stream()
                .filter(m -> m.conceptId().equals(conceptId) && !instead.contains(m))
                .forEach(instead::add);
        return instead.stream()
                .sorted(Comparator.comparingInt(m -> m.hit().start()))
                .map(m -> m.hit().matchedText())
                .distinct()
                .toList();
    }
}
