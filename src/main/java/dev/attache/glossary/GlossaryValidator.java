package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

import dev.attache.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a glossary's content: every concept has a term, and a preferred one, in each required
 * language (a generic word may have none: it then gets no hint there); no term is listed twice in a
 * concept; no term belongs to two concepts; parts of speech are TBX-Basic's; concept ids are XML
 * ids. All findings in one pass, in concept order.
 */
public final class GlossaryValidator {
    private static final Set<String> PARTS_OF_SPEECH =
            Set.of("noun", "verb", "adjective", "adverb", "other");
    private static final Pattern XML_ID = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._-]*");

    private final List<String> languages;

    /** A validator that requires the given languages on every concept. */
    public GlossaryValidator(List<String> languages) {
        this.languages = List.copyOf(requireNonNull(languages, "languages"));
    }

    /** A validator that requires en, ru and az. */
    public GlossaryValidator() {
        this(TbxReader.NEEDED);
    }

    public List<GlossaryFinding> validate(Glossary glossary) {
        var findings = new ArrayList<GlossaryFinding>();
        var owners = new HashMap<OwnerKey, Owner>();
        for (Concept concept : glossary.concepts()) {
            if (!XML_ID.matcher(concept.id()).matches()) {
                findings.add(
                        new GlossaryFinding.StructureProblem(
                                concept.id(),
                                "the concept id is not a valid XML id (a letter or _ first, then letters, digits, . _ -)",
                                Severity.ERROR));
            }
            for (String lang : languages) {
                if (concept.terms(lang).isEmpty()) {
                    if (!concept.generic()) {
                        findings.add(new GlossaryFinding.MissingLanguage(concept.id(), lang));
                    }
                } else if (concept.withStatus(lang, TermStatus.PREFERRED).isEmpty()) {
                    findings.add(new GlossaryFinding.NoPreferredTerm(concept.id(), lang));
                }
            }
            concept.terms()
                    .forEach(
                            (lang, terms) ->
                                    checkTerms(concept.id(), lang, terms, owners, findings));
        }
        return findings;
    }

    private static void checkTerms(
            String conceptId,
            String lang,
            List<Term> terms,
            Map<OwnerKey, Owner> owners,
            List<GlossaryFinding> findings) {
        var seen = new HashMap<TermKey, Term>();
        for (Term term : terms) {
            TermKey key = TermKey.of(lang, term.text());
            Term twin = seen.putIfAbsent(key, term);
            if (twin != null) {
                findings.add(
                        new GlossaryFinding.RepeatedTerm(
                                conceptId, lang, term.text(), twin.status() != term.status()));
                continue;
            }
            Owner owner =
                    owners.putIfAbsent(
                            new OwnerKey(key, term.genericSense()),
                            new Owner(conceptId, term.status()));
            if (owner != null) {
                boolean usable =
                        owner.status() != TermStatus.DEPRECATED
                                || term.status() != TermStatus.DEPRECATED;
                findings.add(
                        new GlossaryFinding.SharedTerm(
                                conceptId, lang, term.text(), owner.conceptId(), usable));
            }
            if (!term.partOfSpeech().isEmpty() && !PARTS_OF_SPEECH.contains(term.partOfSpeech())) {
                findings.add(
                        new GlossaryFinding.UnknownPartOfSpeech(
                                conceptId, lang, term.text(), term.partOfSpeech()));
            }
        }
    }

    /**
     * A term as owned by one concept: a generic-sense term ("president") and the institution
     * written like it ("President") are two terms, told apart by case (see {@link TermMatcher}).
     */
    private record OwnerKey(TermKey key, boolean generic) {}

    /** The concept that first listed a term, and with which status. */
    private record Owner(String conceptId, TermStatus status) {}
}
