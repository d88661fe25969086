package dev.attache.align;

import dev.attache.glossary.Glossary;
import dev.attache.glossary.TermMatch;
import dev.attache.glossary.TermMatcher;
import dev.attache.qa.numbers.Amount;
import dev.attache.qa.numbers.CalendarDate;
import dev.attache.qa.numbers.ClockTime;
import dev.attache.qa.numbers.Mention;
import dev.attache.qa.numbers.NumberReader;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchors of a sentence in one language: what a translation keeps whatever its wording, as keys
 * that are equal on both sides. {@code term:ID} for each glossary concept whose term (English) or
 * rendering (Russian, Azerbaijani) the sentence holds, by the glossary's own matcher (inflected
 * forms included); {@code number:N} for each number, and the day and year of a date and the hour
 * and minute of a time ({@code month:M} for its month), read by the numbers QA's lexicons, so "27
 * February 2023" and "27 февраля 2023 года" share three anchors; {@code name:KEY} for each
 * capitalised word after the first ({@link NameKey}). Thread-safe.
 */
final class AnchorReader {
    private static final Pattern CAPITALISED =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’-]{2,}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * A term found as one capitalised word ("Алиев", "Baku"; not an abbreviation such as "СНГ") is
     * a name, which its name anchor already stands for: counted as a term too, it would weigh
     * twice, and where one language's glossary holds the bare surname (the house style's "Алиев"
     * for "Mr Aliyev") and the other's does not, it would anchor one side only.
     */
    private static final Pattern ONE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}\\S*");

    private final Optional<TermMatcher> terms;
    private final Optional<NumberReader> numbers;

    AnchorReader(Glossary glossary, String language) {
        this.terms =
                glossary.covers(language)
                        ? Optional.of(new TermMatcher(glossary, language))
                        : Optional.empty();
        this.numbers = NumberReader.of(language);
    }

    Set<String> anchors(Sentence sentence) {
        String text = sentence.text();
        Set<String> anchors = new LinkedHashSet<>();
        terms.ifPresent(
                matcher ->
                        matcher.matches(text).stream()
                                .filter(m -> !ONE_NAME.matcher(m.hit().matchedText()).matches())
                                .map(TermMatch::conceptId)
                                .forEach(id -> anchors.add("term:" + id)));
        numbers.ifPresent(
                reader ->
                        reader.read(text).stream()
                                .map(Mention::quantity)
                                .forEach(
                                        q -> {
                                            if (q instanceof Amount amount) {
                                                anchors.add(number(amount.value()));
                                            } else if (q instanceof CalendarDate date) {
                                                anchors.add("month:" + date.month());
                                                if (date.day() > 0) {
                                                    anchors.add("number:" + date.day());
                                                }
                                                if (date.year() > 0) {
                                                    anchors.add("number:" + date.year());
                                                }
                                            } else if (q instanceof ClockTime time) {
                                                anchors.add("number:" + time.hour());
                                                anchors.add("number:" + time.minute());
                                            }
                                        }));
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            anchors.add(number(new BigDecimal(digits.group())));
        }
        Matcher names = CAPITALISED.matcher(text);
        while (names.find()) {
            if (sentence.label() || !isFirstWord(text, names.start())) {
                NameKey.of(names.group()).ifPresent(key -> anchors.add("name:" + key.key()));
            }
        }
        return anchors;
    }

    private static boolean isFirstWord(String text, int start) {
        return text.substring(0, start).chars().noneMatch(Character::isLetterOrDigit);
    }

    private static String number(BigDecimal value) {
        return "number:" + value.stripTrailingZeros().toPlainString();
    }
}
