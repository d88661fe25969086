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

    /** Terms of the language with the given status. */
    /**
     * What a translator is told of this concept in a language: its preferred term and the deprecated ones to avoid,
     * {@code союзническое взаимодействие (avoid: союзное взаимодействие)}.
     */
    public String hint(String lang) {
        String preferred = preferred(lang).map(Term::text).orElse("(no " + lang + " term in the glossary)");
        List<String> avoid = withStatus(lang, TermStatus.DEPRECATED).stream().map(Term::text).toList();
        return preferred + (avoid.isEmpty() ? "" : " (avoid: " + String.join(", ", avoid) + ")");
    }

    public List<Term> withStatus(String lang, TermStatus status) {
        return terms(lang).stream().filter(t -> t.status() == status).toList();
    }
}
