package dev.attache.report;

import dev.attache.qa.ConceptCoverage;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * The glossary coverage of a document as a table, one row per concept met: the source term, in how
 * many segments it occurs, how many of those are translated and how many render it, the renderings
 * used and the deprecated terms that slipped in (each with how often).
 */
final class CoverageTable {
    private CoverageTable() {}

    static void append(Element parent, List<ConceptCoverage> coverage) {
        Element section = parent.appendElement("section").addClass("coverage");
        section.appendElement("h3").text("Glossary coverage: " + coverage.size() + " concepts");
        if (coverage.isEmpty()) {
            section.appendElement("p")
                    .addClass("empty-note")
                    .text("No glossary term occurs in this document.");
            return;
        }
        Element table = section.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Concept");
        head.appendElement("th").text("Source term");
        for (String column : List.of("In sources", "Translated", "Rendered")) {
            head.appendElement("th").addClass("number").text(column);
        }
        head.appendElement("th").text("Renderings used");
        head.appendElement("th").text("Deprecated terms used");
        Element rows = table.appendElement("tbody");
        for (ConceptCoverage concept : coverage) {
            Element row = rows.appendElement("tr").attr("data-concept", concept.conceptId());
            row.appendElement("td").text(concept.conceptId());
            row.appendElement("td").attr("lang", "en").text(concept.sourceTerm());
            row.appendElement("td")
                    .addClass("number")
                    .text(Integer.toString(concept.sourceSegments()));
            row.appendElement("td")
                    .addClass("number")
                    .text(Integer.toString(concept.translatedSegments()));
            row.appendElement("td")
                    .addClass("number")
                    .text(Integer.toString(concept.renderedSegments()));
            row.appendElement("td").addClass("renderings").text(counted(concept.renderings()));
            row.appendElement("td").addClass("deprecated").text(counted(concept.deprecated()));
        }
    }

    /** {@code союзническое взаимодействие ×2, …}; empty when none. */
    private static String counted(Map<String, Integer> terms) {
        return terms.entrySet().stream()
                .map(e -> e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
