package dev.attache.glossary;

import dev.attache.BadInputException;
import dev.attache.Severity;
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
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One reading of one TBX file, event by event: the concepts so far and the structure problems
 * stepped over. Core elements (TBX v3 DCA style, TBX v2) carry their data category in {@code type};
 * module elements (TBX v3 DCT style) are named after it.
 */
final class TbxParser {
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /**
     * TBX-Basic's data categories by the core element that carries them in DCA style
     * (TBX-Basic_DCA.sch).
     */
    private static final Map<String, Set<String>> BASIC_CATEGORIES =
            Map.of(
                    "admin", Set.of("customerSubset", "projectSubset", "source"),
                    "descrip", Set.of("subjectField", "context", "definition"),
                    "ref", Set.of("crossReference"),
                    "termNote",
                            Set.of(
                                    "administrativeStatus",
                                    "partOfSpeech",
                                    "geographicalUsage",
                                    "grammaticalGender",
                                    "termLocation",
                                    "termType"),
                    "transac", Set.of("transactionType"),
                    "transacNote", Set.of("responsibility"),
                    "xref", Set.of("externalCrossReference", "xGraphic"));

    private static final Set<String> TERM_NOTES = BASIC_CATEGORIES.get("termNote");

    private final Path file;
    private final List<Concept> concepts = new ArrayList<>();
    private final Map<String, Integer> idLines = new LinkedHashMap<>();
    private final List<GlossaryFinding> problems = new ArrayList<>();
    private boolean version3;

    TbxParser(Path file) {
        this.file = file;
    }

    void document(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw bad(
                        xml,
                        "a DOCTYPE is not allowed in a glossary (DTDs and external entities are refused)");
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
            throw bad(
                    xml,
                    "not a TBX file: the root element is <" + name + ">, not <tbx> or <martif>");
        }
        version3 = name.equals("tbx");
        if (version3) {
            String type = xml.getAttributeValue(null, "type");
            String style = xml.getAttributeValue(null, "style");
            if (type == null || !type.startsWith("TBX-")) {
                problem(
                        xml,
                        Severity.ERROR,
                        "<tbx> needs its dialect in type, e.g. type=\"TBX-Basic\"");
            }
            if (!"dca".equals(style) && !"dct".equals(style)) {
                problem(xml, Severity.ERROR, "<tbx> needs style=\"dca\" or style=\"dct\"");
            }
        }
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
                problem(line, Severity.ERROR, "<conceptEntry> has no id; called it " + id);
            }
        }
        Integer earlier = idLines.putIfAbsent(id, line);
        if (earlier != null) {
            throw bad(xml, "concept id '" + id + "' was already used on line " + earlier);
        }
        String element = xml.getLocalName();
        var fields = new TbxConceptFields();
        var terms = new LinkedHashMap<String, List<Term>>();
        boolean languages = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String local = xml.getLocalName();
                checkCategory(xml, element);
                if (local.equals("langSec") || local.equals("langSet")) {
                    languages = true;
                    language(xml, fields, terms);
                } else if (!fields.take(xml, "")) {
                    depth++;
                }
            }
        }
        if (!languages) {
            problem(
                    line,
                    Severity.ERROR,
                    "<" + element + " id=\"" + id + "\"> has no language section");
        }
        concepts.add(
                new Concept(id, fields.subject(), fields.definition(), fields.source(), terms));
    }

    private void language(
            XMLStreamReader xml, TbxConceptFields fields, Map<String, List<Term>> terms)
            throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        String tag = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (tag == null) {
            tag = xml.getAttributeValue(null, "lang");
        }
        String element = xml.getLocalName();
        if (tag == null || tag.isBlank()) {
            problem(
                    line,
                    Severity.ERROR,
                    "<" + element + "> has no xml:lang; its terms are skipped");
            text(xml);
            return;
        }
        String lang = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        List<Term> list = terms.computeIfAbsent(lang, k -> new ArrayList<>());
        int sections = 0;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String local = xml.getLocalName();
                checkCategory(xml, element);
                if (local.equals("termSec") || local.equals("tig") || local.equals("ntig")) {
                    sections++;
                    term(xml).ifPresent(list::add);
                } else if (!fields.take(xml, lang)) {
                    depth++;
                }
            }
        }
        if (sections == 0) {
            problem(
                    line,
                    Severity.ERROR,
                    "<" + element + " xml:lang=\"" + tag + "\"> has no term section");
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
        String use = "";
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String local = xml.getLocalName();
                String category = checkCategory(xml, "termSec");
                if (local.equals("term")) {
                    text = text(xml);
                } else if (category.equals("partOfSpeech")) {
                    partOfSpeech = text(xml);
                } else if (category.equals("administrativeStatus")
                        || category.equals("normativeAuthorization")) {
                    status = status(xml.getLocation().getLineNumber(), text(xml));
                } else if (local.equals("note")) {
                    notes.add(text(xml));
                } else if (category.equals("projectSubset")) {
                    String subset = text(xml);
                    if (Term.USES.contains(subset)) {
                        use = subset;
                    } else {
                        problem(
                                xml,
                                Severity.WARNING,
                                "unknown projectSubset '"
                                        + subset
                                        + "' (Attaché knows "
                                        + Term.SPEAKER_LABEL_SUBSET
                                        + " and "
                                        + Term.GENERIC_SENSE_SUBSET
                                        + "); ignored");
                    }
                } else {
                    depth++;
                }
            }
        }
        if (text == null || text.isEmpty()) {
            problem(line, Severity.ERROR, "a term section has no term text; skipped");
            return Optional.empty();
        }
        return Optional.of(new Term(text, status, partOfSpeech, String.join("; ", notes), use));
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
                problem(
                        line,
                        Severity.WARNING,
                        "unknown administrative status '" + value + "'; taken as admitted");
                return TermStatus.ADMITTED;
        }
    }

    ParsedGlossary result() {
        if (concepts.isEmpty()) {
            throw new BadInputException(file, "the glossary is empty: it has no concepts");
        }
        var languages = new TreeSet<String>();
        concepts.forEach(c -> languages.addAll(c.terms().keySet()));
        if (TbxReader.NEEDED.stream().noneMatch(languages::contains)) {
            throw new BadInputException(
                    file,
                    "the glossary has none of the languages "
                            + String.join(", ", TbxReader.NEEDED)
                            + " (it has "
                            + (languages.isEmpty() ? "no terms" : String.join(", ", languages))
                            + ")");
        }
        return new ParsedGlossary(new Glossary(concepts), problems);
    }

    /**
     * The element's data category (see {@link #category}); a TBX v3 one outside TBX-Basic is
     * reported, and so is a term note outside a term section.
     */
    private String checkCategory(XMLStreamReader xml, String level) {
        String category = category(xml);
        if (version3 && TERM_NOTES.contains(category) && !level.equals("termSec")) {
            problem(
                    xml,
                    Severity.ERROR,
                    "'"
                            + category
                            + "' belongs in a termSec, not directly in <"
                            + level
                            + ">; ignored");
        } else if (version3 && !category.isEmpty()) {
            String element = isCore(xml) ? xml.getLocalName() : "";
            boolean known =
                    element.isEmpty()
                            ? BASIC_CATEGORIES.values().stream().anyMatch(s -> s.contains(category))
                            : BASIC_CATEGORIES.get(element).contains(category);
            if (!known) {
                problem(
                        xml,
                        Severity.WARNING,
                        "TBX-Basic has no data category '"
                                + category
                                + "'"
                                + (element.isEmpty() ? "" : " on <" + element + ">")
                                + "; ignored");
            }
        }
        return category;
    }

    private void problem(XMLStreamReader xml, Severity severity, String detail) {
        problem(xml.getLocation().getLineNumber(), severity, detail);
    }

    private void problem(int line, Severity severity, String detail) {
        problems.add(new GlossaryFinding.StructureProblem("line " + line, detail, severity));
    }

    private BadInputException bad(XMLStreamReader xml, String problem) {
        Location at = xml.getLocation();
        return new BadInputException(
                file, at.getLineNumber() + ":" + at.getColumnNumber(), problem);
    }

    /**
     * The data category the current element carries: the {@code type} of a core element that
     * carries one (DCA style, and TBX v2), or the name of a module element (DCT style: {@code
     * <min:partOfSpeech>}); empty for structural elements.
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

    /**
     * The text content of the current element and everything in it, NFC, blanks collapsed; consumes
     * the element.
     */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        var text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            }
        }
        String clean = Normalizer.normalize(text.toString(), Normalizer.Form.NFC).strip();
        return BLANKS.matcher(clean).replaceAll(" ");
    }
}
