package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form under which two spellings of a term in one language count as the same term: Unicode NFC,
 * blanks collapsed, lower case in the language's own locale (Azerbaijani İ/I, ı/i), Russian ё as е.
 */
public record TermKey(String lang, String folded) {
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    public TermKey {
        requireNonNull(lang, "lang");
        requireNonNull(folded, "folded");
    }

    public static TermKey of(String lang, String text) {
        String nfc =
                BLANKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip())
                        .replaceAll(" ");
        String lower = nfc.toLowerCase(Locale.forLanguageTag(lang));
        return new TermKey(lang, lower.replace('ё', 'е'));
    }
}
