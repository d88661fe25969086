package dev.attache.xliff;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The OASIS XLIFF 2.1 core schema (its file is still named {@code xliff_core_2.0.xsd}: the namespace did not change)
 * with the glossary module, loaded offline from the test resources.
 */
public final class Xliff21Schema {
    private static final String BASE = "/schemas/xliff-2.1/";
    private static Schema schema;

    private Xliff21Schema() {
    }

    /** Validates the file; throws with the validator's message (line and column) when it is not valid. */
    public static void validate(Path file) throws IOException, SAXException {
        Validator validator = schema().newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(file.toFile()));
    }

    private static synchronized Schema schema() throws SAXException {
        if (schema == null) {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) ->
                    systemId != null && systemId.endsWith("xml.xsd") ? local("xml.xsd", systemId) : null);
            schema = factory.newSchema(new Source[] {source("xliff_core_2.0.xsd"), source("glossary.xsd")});
        }
        return schema;
    }

    private static StreamSource source(String name) {
        return new StreamSource(Xliff21Schema.class.getResourceAsStream(BASE + name), name);
    }

    private static LSInput local(String name, String systemId) {
        try {
            var dom = (DOMImplementationLS) DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                    .getDOMImplementation();
            LSInput input = dom.createLSInput();
            input.setSystemId(systemId);
            input.setByteStream(Xliff21Schema.class.getResourceAsStream(BASE + name));
            return input;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
