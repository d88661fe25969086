package dev.attache.glossary;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The data categories of a concept that TBX-Basic may put at concept or language level: subject
 * field, definition and source. The concept-level value wins, then the English one, then the first
 * language's.
 */
final class TbxConceptFields {
    private String subject = "";
    private final Map<String, String> definitions = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();

    /** Takes the element if it is one of ours (consuming it); false leaves it to the caller. */
    boolean take(XMLStreamReader xml, String level) throws XMLStreamException {
        String category = TbxParser.category(xml);
        if (category.equals("subjectField")) {
            subject = TbxParser.text(xml);
        } else if (category.equals("definition")) {
            definitions.putIfAbsent(level, TbxParser.text(xml));
        } else if (category.equals("source")) {
            sources.putIfAbsent(level, TbxParser.text(xml));
        } else {
            return false;
        }
        return true;
    }

    String subject() {
        return subject;
    }

    String definition() {
        return best(definitions);
    }

    String source() {
        return best(sources);
    }

    /** The concept-level value, else the English one, else the first language's. */
    private String best(Map<String, String> byLevel) {
        return byLevel.getOrDefault(
                "", byLevel.getOrDefault("en", byLevel.values().stream().findFirst().orElse("")));
    }
}
