package dev.attache.qa.spelling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * The spelling check ({@value SpellingFinding#CHECK}) of Russian targets: LanguageTool's Russian
 * speller (its morfologik dictionary) with every other LanguageTool rule off, and the words of the
 * glossary's Russian terms as known words, in any inflection (a flagged word whose light stem is a
 * glossary word's is let through: "Байрамовым" for "Байрамов"), as are compounds of known words
 * with a hyphen. Starting it costs seconds (LanguageTool reads its dictionaries), so it is made
 * only when asked for. An instance may be shared between threads: LanguageTool's is not, so one
 * target is checked at a time.
 */
public final class SpellingChecker {
    private static final int SUGGESTIONS = 3;

    private final JLanguageTool languageTool;
    private final Set<String> knownStems;

    private SpellingChecker(JLanguageTool languageTool, Set<String> knownStems) {
        this.languageTool = languageTool;
        this.knownStems = Set.copyOf(knownStems);
    }

    /**
     * A checker of {@code targetLang} targets, if it is Russian, that knows {@code knownWords} and
     * their forms.
     */
    public static Optional<SpellingChecker> of(String targetLang, Set<String> knownWords) {
        if (!targetLang.equals("ru")) {
            return Optional.empty();
        }
        JLanguageTool languageTool = new JLanguageTool(Languages.getLanguageForShortCode("ru-RU"));
        List<String> words = List.copyOf(knownWords);
        for (Rule rule : languageTool.getAllRules()) {
            if (rule instanceof SpellingCheckRule speller) {
                speller.addIgnoreTokens(words);
            } else {
                languageTool.disableRule(rule.getId());
            }
        }
        return Optional.of(
                new SpellingChecker(
                        languageTool,
                        knownWords.stream()
                                .map(SpellingChecker::stem)
                                .collect(Collectors.toSet())));
    }

    /** The words of {@code target} the speller does not know, in text order. */
    public synchronized List<SpellingFinding> check(String target) {
        List<SpellingFinding> findings = new ArrayList<>();
        try {
            for (RuleMatch match : languageTool.check(target)) {
                String word = target.substring(match.getFromPos(), match.getToPos());
                if (!knownStems.contains(stem(word)) && !isCompoundOfKnownWords(word)) {
                    List<String> suggestions = match.getSuggestedReplacements();
                    findings.add(
                            new SpellingFinding(
                                    match.getFromPos(),
                                    match.getToPos(),
                                    word,
                                    suggestions.subList(
                                            0, Math.min(SUGGESTIONS, suggestions.size()))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool could not check \"" + target + "\"", e);
        }
        return findings;
    }

    /**
     * Whether {@code word} is a compound of words the speller knows, joined by hyphens
     * ("торгово-экономических", "договорно-правовая"): its dictionary lacks many that Russian forms
     * freely.
     */
    private boolean isCompoundOfKnownWords(String word) throws IOException {
        return word.indexOf('-') > 0 && languageTool.check(word.replace('-', ' ')).isEmpty();
    }

    /** The light stem of a Russian word in lower case ("байрамовым" → "байрамов"). */
    private static String stem(String word) {
        char[] chars = word.toLowerCase(Locale.ROOT).replace('ё', 'е').toCharArray();
        return new String(chars, 0, new RussianLightStemmer().stem(chars, chars.length));
    }
}
