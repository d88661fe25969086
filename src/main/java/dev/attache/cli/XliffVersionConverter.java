package dev.attache.cli;

import dev.attache.xliff.XliffVersion;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code 1.2} or {@code 2.1}. */
final class XliffVersionConverter implements ITypeConverter<XliffVersion> {
    @Override
    public XliffVersion convert(String value) {
        return XliffVersion.of(value.strip())
                .orElseThrow(
                        () ->
                                new TypeConversionException(
                                        "'"
                                                + value
                                                + "' is not an XLIFF version Attaché writes: 1.2 or 2.1"));
    }
}
