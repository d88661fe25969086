package dev.attache.xliff;

import dev.attache.BadInputException;
import dev.attache.model.TranslationDocument;
import java.nio.file.Path;

/**
 * Reads an XLIFF file of either version, telling them apart by the root's {@code version}
 * attribute.
 */
public final class XliffReader {

    public TranslationDocument read(Path file) {
        return open(file).document();
    }

    /** The file's document, version and SHA-256, from one read of the file. */
    public OpenedXliff open(Path file) {
        try (XliffInput input = XliffInput.open(file)) {
            XliffVersion version = versionOf(file, input.header());
            TranslationDocument document =
                    switch (version) {
                        case V1_2 -> new Xliff12Reader().read(file, input);
                        case V2_1 -> new Xliff21Reader().read(file, input);
                    };
            return new OpenedXliff(file, document, version, input.sha256());
        }
    }

    /** The version the file is written in: 1.2, or 2.1 for any 2.x file. */
    public XliffVersion versionOf(Path file) {
        try (XliffInput input = XliffInput.open(file)) {
            return versionOf(file, input.header());
        }
    }

    private static XliffVersion versionOf(Path file, XliffFileHeader header) {
        String version = header.version();
        if (version.equals("1.2")) {
            return XliffVersion.V1_2;
        }
        if (version.matches("2\\.[0-9]")) {
            return XliffVersion.V2_1;
        }
        throw new BadInputException(file, "XLIFF version '" + version + "' is neither 1.2 nor 2.x");
    }
}
