package dev.attache.model;

import dev.attache.BadInputException;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import net.sf.okapi.common.Util;

/**
 * The {@link Origin} of an XLIFF 1.2 document: the format is the {@code <file>}'s {@code datatype};
 * the original's hash and the content selector are notes of the file's {@code <header>} ({@code
 * <note from="attache-original"> sha256:…</note>}, {@code <note
 * from="attache-content">article.news</note>}), which the strict schema allows there and other
 * tools leave alone. A text transcript's XLIFF has neither, and is written exactly as before.
 */
public final class OriginNotes {
    private static final String ORIGINAL = "attache-original";
    private static final String CONTENT = "attache-content";
    private static final String SHA256_PREFIX = "sha256:";

    private OriginNotes() {}

    /** The header notes for this origin, as XML; null when there is nothing to record. */
    public static String xml(Origin origin) {
        StringBuilder xml = new StringBuilder();
        origin.sha256().ifPresent(hash -> xml.append(note(ORIGINAL, SHA256_PREFIX + hash)));
        origin.contentSelector().ifPresent(selector -> xml.append(note(CONTENT, selector)));
        return xml.isEmpty() ? null : xml.toString();
    }

    private static String note(String from, String text) {
        return "<note from=\"" + from + "\">" + Util.escapeToXML(text, 0, false, null) + "</note>";
    }

    /**
     * The origin an XLIFF 1.2 file records, read on from its {@code <file>} element (where {@code
     * xml} stands) to its {@code <body>}.
     */
    public static Origin read(Path file, XMLStreamReader xml) throws XMLStreamException {
        try {
            SourceFormat format = SourceFormat.ofDatatype(xml.getAttributeValue(null, "datatype"));
            Optional<String> hash = Optional.empty();
            Optional<String> selector = Optional.empty();
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (name.equals("note") && ORIGINAL.equals(xml.getAttributeValue(null, "from"))) {
                    String text = xml.getElementText().strip();
                    if (!text.startsWith(SHA256_PREFIX)) {
                        throw new BadInputException(
                                file, place(xml), "the original's hash is not 'sha256:…'");
                    }
                    hash = Optional.of(text.substring(SHA256_PREFIX.length()));
                } else if (name.equals("note")
                        && CONTENT.equals(xml.getAttributeValue(null, "from"))) {
                    selector = Optional.of(xml.getElementText().strip());
                } else if (name.equals("body")) {
                    break;
                }
            }
            return new Origin(format, hash, selector);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, "header", e.getMessage(), e);
        }
    }

    private static String place(XMLStreamReader xml) {
        return xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber();
    }
}
