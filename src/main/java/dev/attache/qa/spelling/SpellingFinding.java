package dev.attache.qa.spelling;

import static java.util.Objects.requireNonNull;

import dev.attache.Severity;
import dev.attache.qa.finding.QaFinding;
import dev.attache.qa.finding.TargetSpan;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A word of a target that the speller does not know: {@code "сотрудничесво" at 13 is no Russian
 * word the speller or the glossary knows; LanguageTool suggests "сотрудничество"}. An error: a
 * transcript goes out as typed.
 *
 * @param suggestions the speller's first suggestions, perhaps none
 */
public record SpellingFinding(int start, int end, String word, List<String> suggestions)
        implements QaFinding {
    /** The id of the spelling check. */
    public static final String CHECK = "spelling";

    public SpellingFinding {
        requireNonNull(word, "word");
        suggestions = List.copyOf(suggestions);
        if (start < 0 || end <= start || word.length() != end - start) {
            throw new IllegalArgumentException(
                    "no word span [" + start + ", " + end + ") for \"" + word + "\"");
        }
    }

    @Override
    public Optional<TargetSpan> span() {
        return Optional.of(new TargetSpan(start, end));
    }

    @Override
    public String check() {
        return CHECK;
    }

    @Override
    public String kind() {
        return "misspelling";
    }

    @Override
    public String message() {
        String known =
                "\""
                        + word
                        + "\" at "
                        + start
                        + " is no Russian word the speller or the glossary knows";
        return suggestions.isEmpty()
                ? known
                : known
                        + "; LanguageTool suggests "
                        + suggestions.stream()
                                .map(s -> "\"" + s + "\"")
                                .collect(Collectors.joining(", "));
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }
}
