package dev.attache.xliff;

import java.io.IOException;
import java.nio.file.Path;
import org.xml.sax.SAXException;

/**
 * The OASIS XLIFF 2.1 core schema (its file is still named {@code xliff_core_2.0.xsd}: the
 * namespace did not change) with the glossary, metadata and matches modules, loaded offline from
 * the test resources.
 */
public final class Xliff21Schema {
    private static final OfflineSchema SCHEMA =
            new OfflineSchema(
                    "/schemas/xliff-2.1/",
                    "xliff_core_2.0.xsd",
                    "glossary.xsd",
                    "metadata.xsd",
                    "matches.xsd");

    private Xliff21Schema() {}

    /**
     * Validates the file; throws with the validator's message (line and column) when it is not
     * valid.
     */
    public static void validate(Path file) throws IOException, SAXException {
        SCHEMA.validate(file);
    }
}
