package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One concept of the termbase with its terms per language ({@code en}, {@code ru}, {@code az}),
 * keyed by lower-case language code. {@code subject}, {@code definition} and {@code source} may be
 * empty, never null.
 */
public record Concept(
        String id,
        String subject,
        String definition,
        String source,
        Map<String, List<Term>> terms) {
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
        return list.stream()
                .filter(t -> t.status() == TermStatus.PREFERRED)
                .findFirst()
                .or(() -> list.stream().filter(t -> t.status() == TermStatus.ADMITTED).findFirst());
    }

    /**
     * The form of this concept that labels a speaker turn in the language: its term marked as a
     * speaker label ({@code С.В.Лавров}), else its preferred term (a name the glossary gives no
     * label form keeps its full form).
     */
    public Optional<Term> speakerLabel(String lang) {
        return terms(lang).stream()
                .filter(Term::speakerLabel)
                .findFirst()
                .or(() -> preferred(lang));
    }

    /**
     * Whether {@code label} names this concept as a speaker in the language: one of its terms,
     * deprecated ones aside.
     */
    public boolean labels(String label, String lang) {
        return terms(lang).stream()
                .anyMatch(t -> t.status() != TermStatus.DEPRECATED && t.text().equals(label));
    }

    /**
     * The term a hint into {@code lang} leads with where a {@code sourceLang} source has {@code
     * sourceForm}: the target's abbreviation where the source form is one ("CIS" → "СНГ", not
     * "Содружество Независимых Государств"); a short target form where the source form is a short
     * form, at most three fifths of the words of the concept's preferred source term, that leaves
     * out an official long name ("Russian President" → "Президент России", "Declaration on Allied
     * Interaction" → "Декларация о союзническом взаимодействии"; but "UN Security Council" is
     * "Совет Безопасности ООН", not "СБ ООН"); else the preferred term. A short target form is the
     * first term, not deprecated, with fewer words than the preferred one, not only abbreviations,
     * and without initials or an abbreviating dot ("И.Г.Алиев", "и. о. министра" are forms of their
     * own). A long source form, with more words than the preferred source term, that names what the
     * preferred leaves out leads with a long target form likewise, the first one with more words
     * than the preferred target term and no initials ("Russian President Vladimir Putin" →
     * "Президент России Владимир Путин", not "Президент Владимир Путин"). A source form with
     * initials leads with a target form with as many initials, else with any ("President V.Putin" →
     * "Президент В.Путин", "D.Cameron" → "Д.Кэмерон"). A longer source form that names a state
     * short where the preferred term has its long official name leads with the longest target form
     * that names it short ("Minister of Foreign Affairs of Azerbaijan" → "министр иностранных дел
     * Азербайджана", "Ministry of Foreign Affairs of Armenia" → "Министерство иностранных дел
     * Армении"; the words of a long name are data, {@link LongStateNames}). A form of address
     * before a name ("Mr Bayramov", "Mrs. Mehriban Aliyeva") is left out of the source form, as the
     * house style leaves "господин" out of the hint ("Байрамов", "Мехрибан Алиева"); not where the
     * concept's preferred term has it ("Mr President" → "господин Президент").
     */
    public Optional<Term> rendering(String sourceLang, String sourceForm, String lang) {
        return renderingOf(sourceLang, withoutAddress(sourceLang, sourceForm), lang);
    }

    /**
     * {@code form} without a form of address before it, where the preferred source term has none.
     */
    private String withoutAddress(String sourceLang, String form) {
        boolean preferredHasOne =
                preferred(sourceLang).map(t -> ADDRESS.matcher(t.text()).find()).orElse(true);
        return preferredHasOne ? form : ADDRESS.matcher(form).replaceFirst("");
    }

    /** A form of address before a name: Mr, Mrs, Ms or Miss, with or without a dot. */
    private static final Pattern ADDRESS =
            Pattern.compile("^(?:Mr|Mrs|Ms|Miss)\\.?\\s+(?=\\p{Lu})");

    private Optional<Term> renderingOf(String sourceLang, String sourceForm, String lang) {
        Optional<Term> preferred = preferred(lang);
        Optional<Term> preferredSource = preferred(sourceLang);
        if (TermIndex.isAcronym(sourceForm)) {
            List<Term> abbreviations =
                    usable(lang).filter(t -> TermIndex.isAcronym(t.text())).toList();
            // of several, the one of as many parts ("ITAR-TASS" is "ИТАР-ТАСС", "TASS" is "ТАСС")
            Optional<Term> abbreviation =
                    abbreviations.stream()
                            .filter(t -> parts(t.text()) == parts(sourceForm))
                            .findFirst()
                            .or(() -> abbreviations.stream().findFirst());
            if (abbreviation.isPresent()) {
                return abbreviation;
            }
        }
        boolean shortSource =
                preferredSource
                        .map(t -> words(sourceForm) * 5 <= words(t.text()) * 3)
                        .orElse(false);
        long initials = initials(sourceForm);
        if (initials > 0) {
            Optional<Term> withInitials =
                    usable(lang)
                            .filter(t -> initials(t.text()) == initials)
                            .findFirst()
                            .or(() -> usable(lang).filter(t -> initials(t.text()) > 0).findFirst());
            if (withInitials.isPresent()) {
                return withInitials;
            }
        }
        Optional<Term> dropped =
                preferredSource.flatMap(
                        source ->
                                preferred.flatMap(
                                        target ->
                                                droppingAsMany(source, sourceForm, target, lang)));
        if (dropped.isPresent()) {
            return dropped;
        }
        boolean longSource =
                preferredSource.map(t -> words(sourceForm) > words(t.text())).orElse(false);
        if (longSource && preferred.isPresent()) {
            int full = words(preferred.get().text());
            List<Term> longer =
                    usable(lang)
                            .filter(t -> words(t.text()) > full && t.text().indexOf('.') < 0)
                            .toList();
            boolean russianPatronymic = RUSSIAN_PATRONYMIC.matcher(sourceForm).find();
            return longer.stream()
                    .filter(t -> RUSSIAN_PATRONYMIC.matcher(t.text()).find() == russianPatronymic)
                    .findFirst()
                    .or(() -> longer.stream().findFirst())
                    .or(() -> preferred);
        }
        if (shortSource && preferred.isPresent()) {
            int full = words(preferred.get().text());
            return usable(lang)
                    .filter(
                            t ->
                                    words(t.text()) < full
                                            && t.text().indexOf('.') < 0
                                            && !Arrays.stream(t.text().split("\\s+"))
                                                    .allMatch(TermIndex::isAcronym))
                    .findFirst()
                    .or(() -> preferred);
        }
        if (preferred.isPresent() && namesTheStateShort(sourceLang, preferredSource, sourceForm)) {
            int full = words(preferred.get().text());
            Optional<Term> shortName =
                    usable(lang)
                            .filter(
                                    t ->
                                            words(t.text()) < full
                                                    && t.text().indexOf('.') < 0
                                                    && !LongStateNames.holds(lang, t.text()))
                            .max(Comparator.comparingInt(t -> words(t.text())));
            if (shortName.isPresent()) {
                return shortName;
            }
        }
        return preferred;
    }

    /**
     * Whether {@code sourceForm} names a state short where the preferred source term names it by
     * its long official name: it has fewer words and leaves out a word of the long name ("Russian
     * Minister of Foreign Affairs" of "Minister of Foreign Affairs of the Russian Federation").
     */
    private static boolean namesTheStateShort(
            String sourceLang, Optional<Term> preferredSource, String sourceForm) {
        return preferredSource
                .map(
                        t ->
                                words(sourceForm) < words(t.text())
                                        && LongStateNames.holds(sourceLang, t.text())
                                        && !LongStateNames.holds(sourceLang, sourceForm))
                .orElse(false);
    }

    /**
     * Where {@code sourceForm} is the preferred source term with words left out and no other
     * ("President Putin" of "President Vladimir Putin"), the first target term that leaves out as
     * many words of the preferred target term and adds none ("Президент Путин" of "Президент
     * Владимир Путин"), without initials. An abbreviation left out is kept ("Minsk Group" is still
     * "Минская группа ОБСЕ").
     */
    private Optional<Term> droppingAsMany(
            Term source, String sourceForm, Term target, String lang) {
        List<String> full = folded(source.text());
        List<String> form = folded(sourceForm);
        if (form.size() >= full.size()
                || !isSubsequence(form, full)
                || Arrays.stream(source.text().split("\\s+"))
                        .anyMatch(
                                w ->
                                        TermIndex.isAcronym(w)
                                                && !form.contains(w.toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        List<String> targetWords = folded(target.text());
        int left = targetWords.size() - (full.size() - form.size());
        return usable(lang)
                .filter(t -> t.text().indexOf('.') < 0)
                .filter(
                        t -> {
                            List<String> words = folded(t.text());
                            return words.size() == left && isSubsequence(words, targetWords);
                        })
                .findFirst();
    }

    private static List<String> folded(String text) {
        return Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("[\\s\u00A0]+")).toList();
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int at = 0;
        for (String word : whole) {
            if (at < part.size() && part.get(at).equals(word)) {
                at++;
            }
        }
        return at == part.size();
    }

    private Stream<Term> usable(String lang) {
        return terms(lang).stream()
                .filter(t -> t.status() != TermStatus.DEPRECATED && !t.speakerLabel());
    }

    /** The initials of a name in a text: a capital letter and a dot ("V.Putin" has one). */
    private static long initials(String text) {
        return INITIAL.matcher(text).results().count();
    }

    /**
     * A patronymic of the Russian kind, in Latin or Cyrillic letters ("Heydarovich", "Гейдарович"),
     * as against the Azerbaijani one ("Heydar oglu", "Гейдар оглы"): a full name with one is
     * rendered by a full name with one of the same kind.
     */
    private static final Pattern RUSSIAN_PATRONYMIC =
            Pattern.compile("(?iu)\\p{L}(?:ovich|evich|ovna|evna|ович|евич|овна|евна)(?!\\p{L})");

    private static final Pattern INITIAL = Pattern.compile("(?<!\\p{L})\\p{Lu}\\.");

    private static int parts(String text) {
        return text.strip().split("[\\s\u00A0\\-‐‑–]+").length;
    }

    private static int words(String text) {
        return text.strip().split("[\\s\u00A0]+").length;
    }

    /**
     * Whether the concept is a common noun in its generic sense ("presidents"): some term of it is
     * marked so.
     */
    public boolean generic() {
        return terms.values().stream().flatMap(List::stream).anyMatch(Term::genericSense);
    }

    /** Terms of the language with the given status. */
    /**
     * What a translator is told of this concept in a language where the source says {@code
     * sourceForm}: its {@link #rendering} and the deprecated terms to avoid, {@code союзническое
     * взаимодействие (avoid: союзное взаимодействие)}.
     */
    public String hint(String sourceLang, String sourceForm, String lang) {
        String preferred =
                rendering(sourceLang, sourceForm, lang)
                        .map(Term::text)
                        .orElse("(no " + lang + " term in the glossary)");
        List<String> avoid =
                withStatus(lang, TermStatus.DEPRECATED).stream().map(Term::text).toList();
        return preferred + (avoid.isEmpty() ? "" : " (avoid: " + String.join(", ", avoid) + ")");
    }

    public List<Term> withStatus(String lang, TermStatus status) {
        return terms(lang).stream().filter(t -> t.status() == status).toList();
    }
}
