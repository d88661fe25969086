package dev.attache.cli;

import dev.attache.flow.QaFlow;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads what {@code qa --accept} accepts: a segment and a check, {@code p5.s2:numbers}. */
final class AcceptConverter implements ITypeConverter<QaFlow.Accept> {
    @Override
    public QaFlow.Accept convert(String value) {
        try {
            return QaFlow.Accept.parse(value.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
