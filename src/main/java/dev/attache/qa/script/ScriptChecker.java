package dev.attache.qa.script;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The script check ({@value ScriptFinding#CHECK}): a Russian target whose letters are mostly Latin,
 * or an Azerbaijani one with any Cyrillic letter, is untranslated or in the wrong language. Russian
 * text carries Latin names and abbreviations ("саммит BRICS", OSCE), so only a target of more than
 * {@link #MOST_LATIN} Latin letters is one, web and e-mail addresses not counted; Azerbaijani is
 * written in Latin letters since 1991 and a Cyrillic one in it is a slip of the keyboard or a
 * Russian phrase left. Measured on the 100 real pairs: no Russian target has a Latin letter, no
 * Azerbaijani one a Cyrillic letter. An instance may be shared between threads.
 */
public final class ScriptChecker {
    /**
     * The share of Latin letters above which a Russian target is not Russian: most of its letters.
     */
    static final double MOST_LATIN = 0.5;

    /** Web and e-mail addresses, whose letters are Latin in any language: not counted. */
    private static final Pattern ADDRESS =
            Pattern.compile("(?:https?://|www\\.)\\S+|[\\w.-]+@[\\w.-]+");

    private final String lang;

    private ScriptChecker(String lang) {
        this.lang = lang;
    }

    /** A checker of {@code targetLang} targets, if it is Russian or Azerbaijani. */
    public static Optional<ScriptChecker> of(String targetLang) {
        return targetLang.equals("ru") || targetLang.equals("az")
                ? Optional.of(new ScriptChecker(targetLang))
                : Optional.empty();
    }

    /**
     * Whether {@link #ADDRESS} can match in {@code text}: each of its forms holds {@code ://},
     * {@code www.} or {@code @}. Tried at every character, the expression cost more than the count
     * of letters.
     */
    static boolean mayHoldAddress(String text) {
        return text.indexOf('@') >= 0 || text.contains("://") || text.contains("www.");
    }

    /** The finding on {@code target}, if its letters are in the wrong script. */
    public List<ScriptFinding> check(String target) {
        String text = mayHoldAddress(target) ? ADDRESS.matcher(target).replaceAll(" ") : target;
        int letters = 0;
        int latin = 0;
        int cyrillic = 0;
        for (int i = 0, c; i < text.length(); i += Character.charCount(c)) {
            c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
                // (the letters below U+0080 are the Latin alphabet's; looked up, all the others)
                UnicodeScript script = c < 0x80 ? UnicodeScript.LATIN : UnicodeScript.of(c);
                latin += script == UnicodeScript.LATIN ? 1 : 0;
                cyrillic += script == UnicodeScript.CYRILLIC ? 1 : 0;
            }
        }
        if (lang.equals("ru") && latin > MOST_LATIN * letters) {
            return List.of(
                    new ScriptFinding(lang, "Cyrillic", "Latin", letters, latin, target.length()));
        }
        if (lang.equals("az") && cyrillic > 0) {
            return List.of(
                    new ScriptFinding(
                            lang, "Latin", "Cyrillic", letters, cyrillic, target.length()));
        }
        return List.of();
    }
}
