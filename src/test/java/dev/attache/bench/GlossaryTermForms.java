package dev.attache.bench;

import dev.attache.glossary.Concept;
import dev.attache.glossary.GlossaryFiles;
import dev.attache.glossary.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The English terms of the shipped termbase ({@code glossary/diplomatic-terms.tbx}, as built into
 * the jar) and the forms a transcript writes them in: as they stand ("allied interaction"), plural
 * ("mega-projects"), possessive ("the Russian Federation's"), capitalised at the start of a
 * sentence ("Bilateral relations"), and with the article that names of institutions and documents
 * take ("the Declaration on Allied Interaction", "the Republic of Azerbaijan").
 */
record GlossaryTermForms(List<String> terms) {
    private static final List<String> TAKES_ARTICLE =
            List.of(
                    "Declaration",
                    "Republic",
                    "Russian Federation",
                    "Ministry",
                    "Government",
                    "President of",
                    "Minister of",
                    "Russian Foreign Ministry",
                    "Azerbaijani Foreign Ministry",
                    "Russian MFA");
    private static final List<String> UNCOUNTABLE =
            List.of(
                    "interaction",
                    "cooperation",
                    "security",
                    "trade",
                    "respect",
                    "benefit",
                    "language");

    GlossaryTermForms {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("no English terms");
        }
    }

    /**
     * Every English term of the shipped termbase, in the order of its concepts; speaker labels are
     * no running text.
     */
    static GlossaryTermForms shipped() {
        List<String> english = new ArrayList<>();
        for (Concept concept : new GlossaryFiles().loadBuiltIn().glossary().concepts()) {
            concept.terms("en").stream()
                    .filter(t -> !t.speakerLabel())
                    .map(Term::text)
                    .filter(t -> !english.contains(t))
                    .forEach(english::add);
        }
        return new GlossaryTermForms(english);
    }

    /**
     * A term as a noun phrase inside a sentence: as it stands, with its article, or in the plural.
     */
    String inSentence(RandomGenerator random) {
        String term = pick(random);
        if (isCountable(term) && random.nextInt(3) == 0) {
            return plural(term);
        }
        return withArticle(term);
    }

    /** A term that opens a sentence: capitalised, or with a capitalised article. */
    String atSentenceStart(RandomGenerator random) {
        String phrase = inSentence(random);
        return phrase.substring(0, 1).toUpperCase(Locale.ROOT) + phrase.substring(1);
    }

    /** A term in the plural ("mega-projects", "visits"); a term that is a name is left as it is. */
    String plural(RandomGenerator random) {
        for (int tries = 0; tries < 20; tries++) {
            String term = pick(random);
            if (isCountable(term)) {
                return plural(term);
            }
        }
        return "mega-projects";
    }

    /**
     * A term in the possessive ("the Russian Federation's", "Vladimir Putin's", "the ministers'").
     */
    String possessive(RandomGenerator random) {
        String phrase = inSentence(random);
        return phrase.endsWith("s") && isCommonNoun(phrase) ? phrase + "'" : phrase + "'s";
    }

    private String pick(RandomGenerator random) {
        return terms.get(random.nextInt(terms.size()));
    }

    private static boolean isCommonNoun(String term) {
        return Character.isLowerCase(term.charAt(0));
    }

    private static boolean isCountable(String term) {
        return isCommonNoun(term) && UNCOUNTABLE.stream().noneMatch(term::endsWith);
    }

    private static String withArticle(String term) {
        return TAKES_ARTICLE.stream().anyMatch(term::startsWith) ? "the " + term : term;
    }

    private static String plural(String term) {
        if (term.endsWith("s")) {
            return term;
        }
        if (term.endsWith("y") && !term.endsWith("ey")) {
            return term.substring(0, term.length() - 1) + "ies";
        }
        return term + "s";
    }
}
