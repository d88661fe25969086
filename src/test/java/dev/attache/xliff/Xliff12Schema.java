package dev.attache.xliff;

import java.io.IOException;
import java.nio.file.Path;
import org.xml.sax.SAXException;

/** The OASIS XLIFF 1.2 strict schema, loaded offline from the test resources. */
public final class Xliff12Schema {
    private static final OfflineSchema SCHEMA =
            new OfflineSchema("/schemas/xliff-1.2/", "xliff-core-1.2-strict.xsd");

    private Xliff12Schema() {}

    /**
     * Validates the file; throws with the validator's message (line and column) when it is not
     * valid.
     */
    public static void validate(Path file) throws IOException, SAXException {
        SCHEMA.validate(file);
    }
}
