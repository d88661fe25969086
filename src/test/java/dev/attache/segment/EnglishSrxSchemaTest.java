package dev.attache.segment;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/** The tailored rules file is valid SRX 2.0 (validated offline against the LISA schema). */
class EnglishSrxSchemaTest {
    private static final String XML_XSD = "http://www.w3.org/2001/xml.xsd";

    @Test
    void englishRulesAreValidSrx20() throws Exception {
        Validator validator = srx20().newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try (InputStream rules = SrxSegmenter.class.getResourceAsStream("english.srx")) {
            assertThatCode(() -> validator.validate(new StreamSource(rules)))
                    .doesNotThrowAnyException();
        }
    }

    private static Schema srx20() throws Exception {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        URL localXmlXsd = EnglishSrxSchemaTest.class.getResource("/schemas/w3c/xml.xsd");
        LSResourceResolver offline =
                (type, namespace, publicId, systemId, baseUri) ->
                        XML_XSD.equals(systemId) ? input(localXmlXsd, systemId) : null;
        factory.setResourceResolver(offline);
        return factory.newSchema(EnglishSrxSchemaTest.class.getResource("/schemas/srx/srx20.xsd"));
    }

    private static LSInput input(URL url, String systemId) {
        try {
            DOMImplementationLS ls =
                    (DOMImplementationLS)
                            DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
            LSInput input = ls.createLSInput();
            input.setByteStream(url.openStream());
            input.setSystemId(systemId);
            return input;
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("cannot open " + url, e);
        }
    }
}
