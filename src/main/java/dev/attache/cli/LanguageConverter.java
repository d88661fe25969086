package dev.attache.cli;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the language of every language option: a BCP 47 tag of an ISO 639 language in any case
 * ({@code ru}, {@code ru-RU}, {@code az-Latn-AZ}), or a three-letter ISO 639-2/T code the JDK maps
 * to one ({@code rus}, {@code aze}, {@code eng}); refuses anything else.
 */
final class LanguageConverter implements ITypeConverter<Locale> {
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Map<String, String> THREE_LETTER =
            Stream.of(Locale.getISOLanguages())
                    .collect(
                            Collectors.toMap(
                                    l -> Locale.forLanguageTag(l).getISO3Language(),
                                    Function.identity(),
                                    (one, other) -> one));

    @Override
    public Locale convert(String value) {
        String tag = value.strip();
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            String language = THREE_LETTER.getOrDefault(locale.getLanguage(), locale.getLanguage());
            if (LANGUAGES.contains(language)) {
                return new Locale.Builder().setLocale(locale).setLanguage(language).build();
            }
        } catch (IllformedLocaleException e) {
            // refused below, as an unknown language is
        }
        throw new TypeConversionException(
                "'"
                        + value
                        + "' is not a language code (a BCP 47 tag of an ISO 639 "
                        + "language, e.g. ru, ru-RU, az-Latn-AZ, or an ISO 639-2 code such as rus)");
    }
}
