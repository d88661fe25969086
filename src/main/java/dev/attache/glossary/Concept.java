package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One concept of the termbase with its terms per language ({@code en}, {@code ru}, {@code az}), keyed by
 * lower-case language code. {@code subject}, {@code definition} and {@code source} may be empty, never null.
 */
public record Concept(String id, String subject, String definition, String source, Map<String, List<Term>> terms) {
    public Concept {
        requireNonNull(id, "id");
        requireNonNull(subject, "subject");
        requireNonNull(definition, "definition");
        requireNonNull(source, "source");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a concept needs an id");
        }
        var copy = new LinkedHashMap<String, List<Term>>();
        terms.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
        terms = java.util.Collections.unmodifiableMap(copy);
    }

    public List<Term> terms(String lang) {
        return terms.getOrDefault(lang, List.of());
    }

    /** The first preferred term of the language, or else its first admitted one. */
    public Optional<Term> preferred(String lang) {
        List<Term> list = terms(lang);
        return list.stream().filter(t -> t.status() == TermStatus.PREFERRED).findFirst()
                .or(() -> list.stream().filter(t -> t.status() == TermStatus.ADMITTED).findFirst());
    }

    /**
     * The form of this concept that labels a speaker turn in the language: its term marked as a speaker label
     * ({@code С.В.Лавров}), else its preferred term (a name the glossary gives no label form keeps its full form).
     */
    public Optional<Term> speakerLabel(String lang) {
        return terms(lang).stream().filter(Term::speakerLabel).findFirst().or(() -> preferred(lang));
    }

    /** Whether {@code label} names this concept as a speaker in the language: one of its terms, deprecated ones aside. */
    public boolean labels(String label, String lang) {
        return terms(lang).stream().anyMatch(t -> t.status() != TermStatus.DEPRECATED && t.text().equals(label));
    }

    /**
     * The term a hint into {@code lang} leads with where the source has {@code sourceForm}: the language's
     * abbreviation where the source form is one ("CIS" → "СНГ", not "Содружество Независимых Государств"), else the
     * preferred term.
     */
    public Optional<Term> rendering(String lang, String sourceForm) {
        if (TermIndex.isAcronym(sourceForm)) {
            Optional<Term> abbreviation = terms(lang).stream()
                    .filter(t -> t.status() != TermStatus.DEPRECATED && !t.speakerLabel()
                            && TermIndex.isAcronym(t.text()))
                    .findFirst();
            if (abbreviation.isPresent()) {
                return abbreviation;
            }
        }
        return preferred(lang);
    }

    /** Whether the concept is a common noun in its generic sense ("presidents"): some term of it is marked so. */
    public boolean generic() {
        return terms.values().stream().flatMap(List::stream).anyMatch(Term::genericSense);
    }

    /** Terms of the language with the given status. */
    public List<Term> withStatus(String lang, TermStatus status) {
        return terms(lang).stream().filter(t -> t.status() == status).toList();
    }
}
