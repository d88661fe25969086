package dev.attache.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --encoding}: a charset Java knows (UTF-8, UTF-16, windows-1252, windows-1251, …).
 */
final class CharsetConverter implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
        try {
            return Charset.forName(value.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new TypeConversionException(
                    "'"
                            + value
                            + "' is not a charset this Java knows "
                            + "(e.g. UTF-8, UTF-16, windows-1252, windows-1251)");
        }
    }
}
