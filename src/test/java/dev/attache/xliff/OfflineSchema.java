package dev.attache.xliff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * A set of XSD files in one folder of the test resources, loaded once and offline: the W3C {@code
 * xml.xsd} they import is resolved to the copy in the same folder.
 */
final class OfflineSchema {
    private final String folder;
    private final List<String> files;
    private Schema schema;

    OfflineSchema(String folder, String... files) {
        this.folder = folder;
        this.files = List.of(files);
    }

    /**
     * Validates the file; throws with the validator's message (line and column) when it is not
     * valid.
     */
    void validate(Path file) throws IOException, SAXException {
        Validator validator = schema().newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(file.toFile()));
    }

    private synchronized Schema schema() throws SAXException {
        if (schema == null) {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setResourceResolver(
                    (type, namespace, publicId, systemId, baseUri) ->
                            systemId != null && systemId.endsWith("xml.xsd")
                                    ? local("xml.xsd", systemId)
                                    : null);
            schema =
                    factory.newSchema(
                            files.stream()
                                    .map(
                                            name ->
                                                    new StreamSource(
                                                            OfflineSchema.class.getResourceAsStream(
                                                                    folder + name),
                                                            name))
                                    .toArray(Source[]::new));
        }
        return schema;
    }

    private LSInput local(String name, String systemId) {
        try {
            var dom =
                    (DOMImplementationLS)
                            DocumentBuilderFactory.newDefaultInstance()
                                    .newDocumentBuilder()
                                    .getDOMImplementation();
            LSInput input = dom.createLSInput();
            input.setSystemId(systemId);
            input.setByteStream(OfflineSchema.class.getResourceAsStream(folder + name));
            return input;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
