package dev.attache.glossary;

import dev.attache.BadInputException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a termbase in TBX v3 (ISO 30042:2019, {@code <tbx>}, DCA style as TBX-Basic writes it) or
 * TBX v2 ({@code <martif>}, {@code termEntry/langSet/tig|ntig}, as older tools export it) into a
 * {@link Glossary}. A DOCTYPE is refused before anything in it is read; no DTD or external entity
 * is ever loaded. Language keys are the lower-case primary subtag ({@code en-GB} → {@code en}).
 */
public final class TbxReader {
    static final List<String> NEEDED = List.of("en", "ru", "az");

    private final XMLInputFactory factory;

    public TbxReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        if (factory.isPropertySupported(XMLConstants.ACCESS_EXTERNAL_DTD)) {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        }
        factory.setXMLResolver(
                (publicId, systemId, base, namespace) -> {
                    throw new XMLStreamException("external entity '" + systemId + "' refused");
                });
    }

    /** Reads TBX content; {@code file} names it in messages. */
    public ParsedGlossary read(Path file, byte[] content) {
        var parser = new TbxParser(file);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            parser.document(xml);
        } catch (XMLStreamException e) {
            throw BadInputException.malformedXml(file, e);
        } finally {
            close(xml);
        }
        return parser.result();
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // nothing was written; the content has been read or rejected already
        }
    }
}
