package dev.attache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLInputFactory2;

/**
 * The prolog of an XML file that a library parses after us (Okapi's TMX filter): read with DTDs and
 * external entities off, up to the root element, so that a DOCTYPE (and with it every entity,
 * internal or external, and every external DTD) is refused before the library's parser, which may
 * resolve them, sees the file.
 */
public final class XmlProlog {
    private static final XMLInputFactory FACTORY = secureFactory();

    private XmlProlog() {}

    /**
     * A StAX factory that never reads a DTD nor resolves an entity, and parses each event whole
     * when it moves to it: a lazy parser (Woodstox's default) reads an element's text only when it
     * is asked for, and throws what it finds wrong there (bytes cut in the middle of a character)
     * as an unchecked exception that no reader reports as the file's fault; parsed at once, it is
     * the {@link javax.xml.stream.XMLStreamException} of {@code next()}, with its line and column
     * (found by {@code ReaderFuzzProperties}).
     */
    public static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        if (factory.isPropertySupported(XMLInputFactory2.P_LAZY_PARSING)) {
            factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        }
        return factory;
    }

    /**
     * The root element's name; a DOCTYPE is refused ({@code kind} names the file in the message: "a
     * TMX file"), and so is a file with no root element.
     */
    public static QName root(Path file, String kind) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new BadInputException(
                            file,
                            xml.getLocation().getLineNumber()
                                    + ":"
                                    + xml.getLocation().getColumnNumber(),
                            "a DOCTYPE is not allowed in "
                                    + kind
                                    + " (DTDs and entities are refused)");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return xml.getName();
                }
            }
            throw new BadInputException(file, "has no root element: not " + kind);
        } catch (XMLStreamException e) {
            throw BadInputException.malformedXml(file, e);
        } catch (IOException e) {
            throw new BadInputException(file, null, "cannot read: " + e.getMessage(), e);
        }
    }
}
