package dev.attache.worksheet;

import com.ctc.wstx.sax.WstxSAXParserFactory;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The SAX parser the parts of a worksheet being read go through (the shared strings table, the
 * manifest and the translation sheet): Woodstox's, which parsed the 1 M-word worksheet's 56 MB
 * table and 47 MB sheet in 0.5 s where the JDK's parser took 1.1 s on a cold start. It is
 * namespace-aware and refuses a document type declaration, as POI's own parsing of a workbook does
 * ("DOCTYPE is disallowed"): Woodstox's SAX parser always reads one, so an external one would be
 * fetched and an internal one's entities expanded; here the fetch is refused, and the declaration
 * fails the part before any of its content is read.
 */
final class PartParser {
    private static final String REFUSED = "DOCTYPE is disallowed in a worksheet's part";

    private PartParser() {}

    /**
     * Parses {@code part} into {@code handler}. A failure to read the bytes (a zip bomb refused, a
     * damaged entry) is thrown as the {@link IOException} it was, as the JDK's parser threw it:
     * Woodstox wraps it in a {@link SAXException}. (An I/O exception that only carries a SAX one, a
     * refused document type, stays a parse failure.)
     */
    static void parse(InputStream part, ContentHandler handler) throws IOException, SAXException {
        XMLReader reader = newReader();
        reader.setContentHandler(handler);
        try {
            reader.parse(new InputSource(part));
        } catch (SAXException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException io
                        && !(cause.getCause() instanceof SAXException)) {
                    throw io;
                }
            }
            throw e;
        }
    }

    private static XMLReader newReader() throws SAXException {
        WstxInputFactory stax = new WstxInputFactory();
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        WstxSAXParserFactory factory = new WstxSAXParserFactory(stax);
        factory.setNamespaceAware(true);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        reader.setEntityResolver(
                (publicId, systemId) -> {
                    throw new SAXException(REFUSED);
                });
        reader.setProperty("http://xml.org/sax/properties/lexical-handler", new RefusingDoctype());
        return reader;
    }

    /** Fails a part on its document type declaration. */
    private static final class RefusingDoctype extends DefaultHandler2 {
        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new SAXException(REFUSED);
        }
    }
}
