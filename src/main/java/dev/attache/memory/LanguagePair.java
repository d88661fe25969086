package dev.attache.memory;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Locale;

/** The languages of a memory entry or of a request: source and target ({@code en→ru}). */
public record LanguagePair(Locale source, Locale target) implements Comparable<LanguagePair> {
    private static final Comparator<LanguagePair> ORDER =
            Comparator.comparing((LanguagePair p) -> p.source().toLanguageTag())
                    .thenComparing(p -> p.target().toLanguageTag());

    public LanguagePair {
        requireNonNull(source, "source");
        requireNonNull(target, "target");
        if (source.getLanguage().isEmpty() || target.getLanguage().isEmpty()) {
            throw new IllegalArgumentException(
                    "a language pair needs two languages: '"
                            + source.toLanguageTag()
                            + "', '"
                            + target.toLanguageTag()
                            + "'");
        }
    }

    public static LanguagePair of(String source, String target) {
        return new LanguagePair(Locale.forLanguageTag(source), Locale.forLanguageTag(target));
    }

    /**
     * Whether the two pairs have the same primary languages, as the glossary compares them: {@code
     * en→ru-RU} and {@code en→ru} are alike, {@code en→ru} and {@code en→az} are not.
     */
    public boolean sameLanguages(LanguagePair other) {
        return source.getLanguage().equals(other.source.getLanguage())
                && target.getLanguage().equals(other.target.getLanguage());
    }

    @Override
    public int compareTo(LanguagePair other) {
        return ORDER.compare(this, other);
    }

    /** {@code en→ru}. */
    @Override
    public String toString() {
        return source.toLanguageTag() + "→" + target.toLanguageTag();
    }
}
