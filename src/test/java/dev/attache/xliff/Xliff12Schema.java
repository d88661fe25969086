package dev.attache.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/** The OASIS XLIFF 1.2 strict schema, loaded offline from the test resources. */
public final class Xliff12Schema {
    private static final String BASE = "/schemas/xliff-1.2/";
    private static Schema schema;

    private Xliff12Schema() {
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
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                if (systemId != null && systemId.endsWith("xml.xsd")) {
                    return local("xml.xsd", systemId);
                }
                return null;
            });
            InputStream xsd = Xliff12Schema.class.getResourceAsStream(BASE + "xliff-core-1.2-strict.xsd");
            schema = factory.newSchema(new StreamSource(xsd, "xliff-core-1.2-strict.xsd"));
        }
        return schema;
    }

    private static LSInput local(String name, String systemId) {
        try {
            var dom = (DOMImplementationLS) DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                    .getDOMImplementation();
            LSInput input = dom.createLSInput();
            input.setSystemId(systemId);
            input.setByteStream(Xliff12Schema.class.getResourceAsStream(BASE + name));
            return input;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
