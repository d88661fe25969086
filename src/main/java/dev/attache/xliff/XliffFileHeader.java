package dev.attache.xliff;

import dev.attache.BadInputException;
import dev.attache.XmlProlog;
import dev.attache.model.Origin;
import dev.attache.model.OriginNotes;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the root and the first {@code <file>} element of an XLIFF file say: its version, original
 * and languages (XLIFF 1.2 names the languages on {@code <file>}, XLIFF 2 on the root {@code
 * <xliff>}), and in XLIFF 1.2 the {@link Origin} its {@code <header>} records (XLIFF 2: a text
 * transcript's). Reading it also refuses what we never parse: a DOCTYPE (and with it any external
 * entity), or XML that is not XLIFF.
 */
record XliffFileHeader(
        String version, String original, Locale sourceLang, Locale targetLang, Origin origin) {
    private static final XMLInputFactory FACTORY = XmlProlog.secureFactory();
    private static final String XLIFF_1_2 = "urn:oasis:names:tc:xliff:document:1.2";
    private static final String XLIFF_2 = "urn:oasis:names:tc:xliff:document:2.0";

    /**
     * The header of {@code file}, read from the start of {@code in}; {@code in} is read a little
     * beyond it.
     */
    static XliffFileHeader read(Path file, InputStream in) {
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            String version = null;
            Root root = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new BadInputException(
                            file, place(xml), "a DOCTYPE is not allowed in XLIFF files");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (version == null) {
                    if (!name.equals("xliff")) {
                        throw new BadInputException(
                                file,
                                place(xml),
                                "not an XLIFF file (root element <" + name + ">)");
                    }
                    version = attribute(xml, "version", "");
                    checkNamespace(file, xml, version);
                    root =
                            new Root(
                                    attribute(xml, "srcLang", null),
                                    attribute(xml, "trgLang", null));
                } else if (name.equals("file")) {
                    return version.startsWith("2.")
                            ? header2(file, xml, version, root)
                            : header(file, xml, version);
                }
            }
            throw new BadInputException(file, "the XLIFF file has no <file> element");
        } catch (XMLStreamException e) {
            throw BadInputException.malformedXml(file, e);
        }
    }

    /**
     * The root is in the namespace of its version (1.2, or 2.0 for every 2.x): in another one, or
     * in none, Okapi's readers would not find the elements they look for and report something
     * beside the point, or read nothing.
     */
    private static void checkNamespace(Path file, XMLStreamReader xml, String version) {
        String expected =
                version.startsWith("2.") ? XLIFF_2 : version.equals("1.2") ? XLIFF_1_2 : null;
        String actual = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        if (expected != null && !expected.equals(actual)) {
            throw new BadInputException(
                    file,
                    place(xml),
                    "the <xliff> element is in "
                            + (actual.isEmpty() ? "no namespace" : "the namespace '" + actual + "'")
                            + ", not in XLIFF "
                            + version
                            + "'s "
                            + expected);
        }
    }

    private static XliffFileHeader header(Path file, XMLStreamReader xml, String version)
            throws XMLStreamException {
        String source = attribute(xml, "source-language", null);
        String target = attribute(xml, "target-language", attribute(xml, "trgLang", null));
        if (source == null) {
            source = attribute(xml, "srcLang", null);
        }
        if (source == null || target == null) {
            throw new BadInputException(
                    file, place(xml), "the <file> element names no source and target language");
        }
        return new XliffFileHeader(
                version,
                attribute(xml, "original", file.getFileName().toString()),
                Locale.forLanguageTag(source),
                Locale.forLanguageTag(target),
                OriginNotes.read(file, xml));
    }

    /**
     * XLIFF 2: the languages are the root's {@code srcLang} and {@code trgLang}. A missing one is
     * null here: the XLIFF 2 reader reports it after the file passed the standard's checks ({@code
     * trgLang} is optional in XLIFF 2).
     */
    private static XliffFileHeader header2(
            Path file, XMLStreamReader xml, String version, Root root) {
        return new XliffFileHeader(
                version,
                attribute(xml, "original", file.getFileName().toString()),
                root.srcLang() == null ? null : Locale.forLanguageTag(root.srcLang()),
                root.trgLang() == null ? null : Locale.forLanguageTag(root.trgLang()),
                Origin.text());
    }

    /** The root {@code <xliff>} element's languages (XLIFF 2). */
    private record Root(String srcLang, String trgLang) {}

    private static String attribute(XMLStreamReader xml, String name, String fallback) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? fallback : value;
    }

    private static String place(XMLStreamReader xml) {
        return xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber();
    }
}
