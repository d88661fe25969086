package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a glossary as TBX-Basic in TBX v3 (ISO 30042:2019, DCA style), valid against the TBX core
 * RELAX NG schema and the TBX-Basic Schematron. The output depends on the glossary only: no dates,
 * no generated ids, two-space indentation, LF line ends. Per concept: {@code subjectField}, {@code
 * definition} and the {@code source} citation at concept level; per term: {@code partOfSpeech},
 * {@code administrativeStatus} and a {@code note}.
 */
public final class TbxWriter {
    private static final String NS = "urn:iso:std:iso:30042:ed-2";
    private static final String CORE_RNG =
            "https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng";
    private static final String BASIC_SCH =
            "https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch";

    private final String title;
    private final String description;

    /** A writer whose header carries the given title and source description. */
    public TbxWriter(String title, String description) {
        this.title = requireNonNull(title, "title");
        this.description = requireNonNull(description, "description");
    }

    public TbxWriter() {
        this("Glossary", "Written by Attaché.");
    }

    public void write(Glossary glossary, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            new Run(xml).document(glossary);
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write TBX: " + e.getMessage(), e);
        }
        text.flush();
    }

    /** One document being written, with its indentation. */
    private final class Run {
        private final XMLStreamWriter xml;
        private int depth;

        Run(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void document(Glossary glossary) throws XMLStreamException {
            xml.writeProcessingInstruction(
                    "xml-model",
                    "href=\""
                            + CORE_RNG
                            + "\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"");
            xml.writeCharacters("\n");
            xml.writeProcessingInstruction(
                    "xml-model",
                    "href=\""
                            + BASIC_SCH
                            + "\" type=\"application/xml\" schematypens=\"http://purl.oclc.org/dsdl/schematron\"");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "tbx");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute("style", "dca");
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "en");
            depth++;
            open("tbxHeader");
            open("fileDesc");
            open("titleStmt");
            leaf("title", Map.of(), title);
            close();
            open("sourceDesc");
            leaf("p", Map.of(), description);
            close();
            close();
            close();
            open("text");
            open("body");
            for (Concept concept : glossary.concepts()) {
                concept(concept);
            }
            close();
            close();
            depth--;
            newline();
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }

        private void concept(Concept concept) throws XMLStreamException {
            newline();
            xml.writeStartElement(NS, "conceptEntry");
            xml.writeAttribute("id", concept.id());
            depth++;
            leaf("descrip", Map.of("type", "subjectField"), concept.subject());
            leaf("descrip", Map.of("type", "definition"), concept.definition());
            leaf("admin", Map.of("type", "source"), concept.source());
            for (Map.Entry<String, List<Term>> language : concept.terms().entrySet()) {
                if (language.getValue().isEmpty()) {
                    continue;
                }
                newline();
                xml.writeStartElement(NS, "langSec");
                xml.writeAttribute(
                        XMLConstants.XML_NS_PREFIX,
                        XMLConstants.XML_NS_URI,
                        "lang",
                        language.getKey());
                depth++;
                for (Term term : language.getValue()) {
                    term(term);
                }
                close();
            }
            close();
        }

        private void term(Term term) throws XMLStreamException {
            open("termSec");
            leaf("term", Map.of(), term.text());
            leaf("termNote", Map.of("type", "partOfSpeech"), term.partOfSpeech());
            leaf("termNote", Map.of("type", "administrativeStatus"), term.status().tbxValue());
            leaf("admin", Map.of("type", "projectSubset"), term.use());
            leaf("note", Map.of(), term.note());
            close();
        }

        /** An element with text and at most one attribute; nothing when the text is empty. */
        private void leaf(String name, Map<String, String> attributes, String text)
                throws XMLStreamException {
            if (text.isEmpty()) {
                return;
            }
            newline();
            xml.writeStartElement(NS, name);
            for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                xml.writeAttribute(attribute.getKey(), attribute.getValue());
            }
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        private void open(String name) throws XMLStreamException {
            newline();
            xml.writeStartElement(NS, name);
            depth++;
        }

        private void close() throws XMLStreamException {
            depth--;
            newline();
            xml.writeEndElement();
        }

        private void newline() throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
