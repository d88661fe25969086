package dev.attache.glossary;

import dev.attache.BadInputException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a termbase in TBX v3 (ISO 30042:2019, {@code <tbx>}, DCA style as TBX-Basic writes it) or TBX v2
 * ({@code <martif>}, {@code termEntry/langSet/tig|ntig}, as older tools export it) into a {@link Glossary}.
 * A DOCTYPE is refused before anything in it is read; no DTD or external entity is ever loaded.
 * Language keys are the lower-case primary subtag ({@code en-GB} → {@code en}).
 */
public final class TbxReader {
    static final List<String> NEEDED = List.of("en", "ru", "az");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** TBX-Basic's data categories by the core element that carries them in DCA style (TBX-Basic_DCA.sch). */
    private static final Map<String, Set<String>> BASIC_CATEGORIES = Map.of(
            "admin", Set.of("customerSubset", "projectSubset", "source"),
            "descrip", Set.of("subjectField", "context", "definition"),
            "ref", Set.of("crossReference"),
            "termNote", Set.of("administrativeStatus", "partOfSpeech", "geographicalUsage", "grammaticalGender",
                    "termLocation", "termType"),
            "transac", Set.of("transactionType"),
            "transacNote", Set.of("responsibility"),
            "xref", Set.of("externalCrossReference", "xGraphic"));

    private final XMLInputFactory factory;

    public TbxReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        if (factory.isPropertySupported(XMLConstants.ACCESS_EXTERNAL_DTD)) {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        }
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity '" + systemId + "' refused");
        });
    }

    /** Reads TBX content; {@code file} names it in messages. */
    public ParsedGlossary read(Path file, byte[] content) {
        var run = new Run(file);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            run.document(xml);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String place = at == null ? null : at.getLineNumber() + ":" + at.getColumnNumber();
            throw new BadInputException(file, place, "malformed XML: " + firstLine(e.getMessage()), e);
        } finally {
            close(xml);
        }
        return run.result();
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable" : message;
        int cut = text.lastIndexOf("Message: ");
        text = cut >= 0 ? text.substring(cut + "Message: ".length()) : text;
        return text.strip().lines().findFirst().orElse("unreadable");
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

    /** One reading of one file: the concepts so far and the problems stepped over. */
    private static final class Run {
        private final Path file;
        private final List<Concept> concepts = new ArrayList<>();
        private final Map<String, Integer> idLines = new LinkedHashMap<>();
        private final List<GlossaryFinding> problems = new ArrayList<>();
        private boolean version3;

        Run(Path file) {
            this.file = file;
        }

        void document(XMLStreamReader xml) throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw bad(xml, "a DOCTYPE is not allowed in a glossary (DTDs and external entities are refused)");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    root(xml);
                    return;
                }
            }
            throw new BadInputException(file, "the file has no XML element");
        }

        private void root(XMLStreamReader xml) throws XMLStreamException {
            String name = xml.getLocalName();
            if (!name.equals("tbx") && !name.equals("martif")) {
                throw bad(xml, "not a TBX file: the root element is <" + name + ">, not <tbx> or <martif>");
            }
            version3 = name.equals("tbx");
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    if (local.equals("conceptEntry") || local.equals("termEntry")) {
                        concept(xml);
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            while (xml.hasNext()) {
                xml.next();
            }
        }

        private void concept(XMLStreamReader xml) throws XMLStreamException {
            int line = xml.getLocation().getLineNumber();
            String id = xml.getAttributeValue(null, "id");
            if (id == null || id.isBlank()) {
                id = "entry-" + line;
                if (version3) {
                    problems.add(new GlossaryFinding.StructureProblem("line " + line,
                            "<conceptEntry> has no id; called it " + id, GlossaryFinding.Severity.ERROR));
                }
            }
            Integer earlier = idLines.putIfAbsent(id, line);
            if (earlier != null) {
                throw bad(xml, "concept id '" + id + "' was already used on line " + earlier);
            }
            var fields = new ConceptFields();
            var terms = new LinkedHashMap<String, List<Term>>();
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    checkCategory(xml);
                    if (local.equals("langSec") || local.equals("langSet")) {
                        language(xml, fields, terms);
                    } else if (!fields.take(xml, "")) {
                        depth++;
                    }
                }
            }
            concepts.add(new Concept(id, fields.subject, fields.definition(), fields.source(), terms));
        }

        private void language(XMLStreamReader xml, ConceptFields fields, Map<String, List<Term>> terms)
                throws XMLStreamException {
            int line = xml.getLocation().getLineNumber();
            String tag = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            if (tag == null) {
                tag = xml.getAttributeValue(null, "lang");
            }
            if (tag == null || tag.isBlank()) {
                problems.add(new GlossaryFinding.StructureProblem("line " + line,
                        "<" + xml.getLocalName() + "> has no xml:lang; its terms are skipped",
                        GlossaryFinding.Severity.ERROR));
                text(xml);
                return;
            }
            String lang = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
            List<Term> list = terms.computeIfAbsent(lang, k -> new ArrayList<>());
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    checkCategory(xml);
                    if (local.equals("termSec") || local.equals("tig") || local.equals("ntig")) {
                        term(xml).ifPresent(list::add);
                    } else if (!fields.take(xml, lang)) {
                        depth++;
                    }
                }
            }
            if (list.isEmpty()) {
                terms.remove(lang);
            }
        }

        private Optional<Term> term(XMLStreamReader xml) throws XMLStreamException {
            int line = xml.getLocation().getLineNumber();
            String text = null;
            TermStatus status = TermStatus.PREFERRED;
            String partOfSpeech = "";
            var notes = new ArrayList<String>();
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    String category = checkCategory(xml);
                    if (local.equals("term")) {
                        text = text(xml);
                    } else if (category.equals("partOfSpeech")) {
                        partOfSpeech = text(xml);
                    } else if (category.equals("administrativeStatus") || category.equals("normativeAuthorization")) {
                        status = status(xml.getLocation().getLineNumber(), text(xml));
                    } else if (local.equals("note")) {
                        notes.add(text(xml));
                    } else {
                        depth++;
                    }
                }
            }
            if (text == null || text.isEmpty()) {
                problems.add(new GlossaryFinding.StructureProblem("line " + line,
                        "a term section has no term text; skipped", GlossaryFinding.Severity.ERROR));
                return Optional.empty();
            }
            return Optional.of(new Term(text, status, partOfSpeech, String.join("; ", notes)));
        }

        private TermStatus status(int line, String value) {
            String word = value.replace("-admn-sts", "");
            switch (word) {
                case "preferredTerm":
                    return TermStatus.PREFERRED;
                case "admittedTerm":
                    return TermStatus.ADMITTED;
                case "deprecatedTerm":
                case "supersededTerm":
                    return TermStatus.DEPRECATED;
                default:
                    problems.add(new GlossaryFinding.StructureProblem("line " + line,
                            "unknown administrative status '" + value + "'; taken as admitted",
                            GlossaryFinding.Severity.WARNING));
                    return TermStatus.ADMITTED;
            }
        }

        ParsedGlossary result() {
            if (concepts.isEmpty()) {
                throw new BadInputException(file, "the glossary is empty: it has no concepts");
            }
            var languages = new TreeSet<String>();
            concepts.forEach(c -> languages.addAll(c.terms().keySet()));
            if (NEEDED.stream().noneMatch(languages::contains)) {
                throw new BadInputException(file, "the glossary has none of the languages "
                        + String.join(", ", NEEDED) + " (it has " + (languages.isEmpty() ? "no terms"
                        : String.join(", ", languages)) + ")");
            }
            return new ParsedGlossary(new Glossary(concepts), problems);
        }

        /** The element's data category (see {@link #category}); a TBX v3 one outside TBX-Basic is reported. */
        private String checkCategory(XMLStreamReader xml) {
            String category = category(xml);
            if (version3 && !category.isEmpty()) {
                String element = isCore(xml) ? xml.getLocalName() : "";
                boolean known = element.isEmpty()
                        ? BASIC_CATEGORIES.values().stream().anyMatch(s -> s.contains(category))
                        : BASIC_CATEGORIES.get(element).contains(category);
                if (!known) {
                    problems.add(new GlossaryFinding.StructureProblem("line " + xml.getLocation().getLineNumber(),
                            "TBX-Basic has no data category '" + category + "'" + (element.isEmpty() ? "" : " on <"
                                    + element + ">") + "; ignored", GlossaryFinding.Severity.WARNING));
                }
            }
            return category;
        }

        private BadInputException bad(XMLStreamReader xml, String problem) {
            Location at = xml.getLocation();
            return new BadInputException(file, at.getLineNumber() + ":" + at.getColumnNumber(), problem);
        }

        /** Data categories of a concept that TBX-Basic may put at concept or language level. */
        private final class ConceptFields {
            private String subject = "";
            private final Map<String, String> definitions = new LinkedHashMap<>();
            private final Map<String, String> sources = new LinkedHashMap<>();

            /** Takes the element if it is one of ours (consuming it); false leaves it to the caller. */
            boolean take(XMLStreamReader xml, String level) throws XMLStreamException {
                String category = category(xml);
                if (category.equals("subjectField")) {
                    subject = text(xml);
                } else if (category.equals("definition")) {
                    definitions.putIfAbsent(level, text(xml));
                } else if (category.equals("source")) {
                    sources.putIfAbsent(level, text(xml));
                } else {
                    return false;
                }
                return true;
            }

            String definition() {
                return best(definitions);
            }

            String source() {
                return best(sources);
            }

            /** The concept-level value, else the English one, else the first language's. */
            private String best(Map<String, String> byLevel) {
                return byLevel.getOrDefault("", byLevel.getOrDefault("en",
                        byLevel.values().stream().findFirst().orElse("")));
            }
        }
    }

    /**
     * The data category the current element carries: the {@code type} of a core element that carries one
     * (DCA style, and TBX v2), or the name of a module element (DCT style: {@code <min:partOfSpeech>});
     * empty for structural elements.
     */
    static String category(XMLStreamReader xml) {
        if (!isCore(xml)) {
            return xml.getLocalName();
        }
        String type = xml.getAttributeValue(null, "type");
        return BASIC_CATEGORIES.containsKey(xml.getLocalName()) && type != null ? type.strip() : "";
    }

    private static boolean isCore(XMLStreamReader xml) {
        String ns = xml.getNamespaceURI();
        return ns == null || ns.isEmpty() || ns.startsWith("urn:iso:std:iso:30042");
    }

    /** The text content of the current element and everything in it, NFC, blanks collapsed; consumes the element. */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        var text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            }
        }
        String clean = Normalizer.normalize(text.toString(), Normalizer.Form.NFC).strip();
        return BLANKS.matcher(clean).replaceAll(" ");
    }
}
