package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

import dev.attache.DataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spelling variants of a language folded into one form before a word is stemmed: for English,
 * British to American ("organisation" → "organization", "defence" → "defense", "centre" → "center",
 * "dialogue" → "dialog"). The rules are data, {@code english-spelling-variants.tsv} beside this
 * class: each a pattern over a whole lower-case word, its replacement, and the example pair it must
 * join. The first rule that matches a word applies.
 */
final class SpellingVariants {
    /**
     * A rule: a pattern over a whole word, its replacement, the pair it joins, and the words it
     * must leave alone.
     */
    record Rule(
            Pattern pattern,
            String replacement,
            String british,
            String american,
            List<String> leftAlone) {
        Rule {
            requireNonNull(pattern, "pattern");
            requireNonNull(replacement, "replacement");
            requireNonNull(british, "british");
            requireNonNull(american, "american");
            leftAlone = List.copyOf(leftAlone);
        }
    }

    private static final SpellingVariants NONE = new SpellingVariants(List.of());
    private static final SpellingVariants ENGLISH = read("english-spelling-variants.tsv");

    private final List<Rule> rules;

    private SpellingVariants(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The variants of {@code lang}; none for a language without a rules file. */
    static SpellingVariants of(String lang) {
        return lang.equals("en") ? ENGLISH : NONE;
    }

    List<Rule> rules() {
        return rules;
    }

    /**
     * The word in its folded spelling; a lower-case word that no rule matches is returned as it is.
     */
    String fold(String word) {
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(word);
            if (matcher.matches()) {
                return matcher.replaceFirst(rule.replacement());
            }
        }
        return word;
    }

    private static SpellingVariants read(String resource) {
        List<Rule> rules = new ArrayList<>();
        for (DataFile.Row row : DataFile.read(SpellingVariants.class, resource).rows()) {
            String[] cells = row.text().split("\t", -1);
            if (cells.length < 4) {
                throw new IllegalStateException(
                        resource
                                + ":"
                                + row.line()
                                + ": a rule needs pattern, replacement,"
                                + " British and American example");
            }
            String alone = cells.length > 4 ? cells[4].strip() : "";
            rules.add(
                    new Rule(
                            Pattern.compile(cells[0]),
                            cells[1],
                            cells[2],
                            cells[3],
                            alone.isEmpty() ? List.of() : List.of(alone.split(" +"))));
        }
        return new SpellingVariants(rules);
    }
}
