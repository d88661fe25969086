package dev.attache.cli;

import dev.attache.qa.QaCheck;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the id of a QA check ({@code terms}, {@code numbers}). */
final class QaCheckConverter implements ITypeConverter<QaCheck> {
    @Override
    public QaCheck convert(String value) {
        try {
            return QaCheck.of(value.strip());
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
