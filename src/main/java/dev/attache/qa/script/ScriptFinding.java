package dev.attache.qa.script;

import static java.util.Objects.requireNonNull;

import dev.attache.Severity;
import dev.attache.qa.finding.QaFinding;
import dev.attache.qa.finding.TargetSpan;
import java.util.Optional;

/**
 * A target in the wrong script, so untranslated or in another language: {@code the target should be
 * in Cyrillic letters (ru); 41 of its 45 letters are Latin}. An error. The span is the whole
 * target.
 *
 * @param lang the target language
 * @param expected the script the target language is written in
 * @param found the script of the letters that should not be there
 * @param letters the target's letters
 * @param wrong how many of them are in {@code found}
 * @param end the target's length: the finding's span is {@code [0, end)}
 */
public record ScriptFinding(
        String lang, String expected, String found, int letters, int wrong, int end)
        implements QaFinding {
    /** The id of the script check. */
    public static final String CHECK = "script";

    public ScriptFinding {
        requireNonNull(lang, "lang");
        requireNonNull(expected, "expected");
        requireNonNull(found, "found");
        if (wrong <= 0 || wrong > letters || end < 0) {
            throw new IllegalArgumentException(
                    wrong + " wrong of " + letters + " letters, target of " + end);
        }
    }

    @Override
    public Optional<TargetSpan> span() {
        return Optional.of(new TargetSpan(0, end));
    }

    @Override
    public String check() {
        return CHECK;
    }

    @Override
    public String kind() {
        return "wrong-script";
    }

    @Override
    public String message() {
        return "the target should be in "
                + expected
                + " letters ("
                + lang
                + "); "
                + wrong
                + " of its "
                + letters
                + " letters are "
                + found;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }
}
