package dev.attache.cli;

import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a target language code ({@code ru}, {@code az}, {@code pt-BR}); refuses codes ISO 639 does not know. */
final class LanguageConverter implements ITypeConverter<Locale> {
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    @Override
    public Locale convert(String value) {
        Locale locale = Locale.forLanguageTag(value.strip());
        if (locale.getLanguage().isEmpty() || !LANGUAGES.contains(locale.getLanguage())
                || !locale.toLanguageTag().equalsIgnoreCase(value.strip())) {
            throw new TypeConversionException("'" + value + "' is not a language code (ISO 639, e.g. ru, az)");
        }
        return locale;
    }
}
