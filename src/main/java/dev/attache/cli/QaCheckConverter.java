package dev.attache.cli;

import dev.attache.qa.QaCheck;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the id of a QA check ({@code terms}, {@code numbers}), in either case. */
final class QaCheckConverter implements ITypeConverter<QaCheck> {
    @Override
    public QaCheck convert(String value) {
        try {
            return QaCheck.of(value.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
