package dev.attache.xliff;

import dev.attache.model.TranslationDocument;

import dev.attache.BadInputException;
import java.nio.file.Path;

/** Reads an XLIFF file of either version, telling them apart by the root's {@code version} attribute. */
public final class XliffReader {

    public TranslationDocument read(Path file) {
        return switch (versionOf(file)) {
            case V1_2 -> new Xliff12Reader().read(file);
            case V2_1 -> new Xliff21Reader().read(file);
        };
    }

    /** The version the file is written in: 1.2, or 2.1 for any 2.x file. */
    public XliffVersion versionOf(Path file) {
        String version = XliffFileHeader.read(file).version();
        if (version.equals("1.2")) {
            return XliffVersion.V1_2;
        }
        if (version.matches("2\\.[0-9]")) {
            return XliffVersion.V2_1;
        }
        throw new BadInputException(file, "XLIFF version '" + version + "' is neither 1.2 nor 2.x");
    }
}
