package dev.attache.report;

import dev.attache.qa.finding.QaFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Element;

/**
 * The QA part of a document's report: the findings grouped by check ({@code terms}, {@code
 * numbers}, …) and in a check by kind ({@code missing-term}, …), each linking to its unit (the
 * first {@value #LISTED_PER_KIND} of a kind, then how many more), then the flagged units listed
 * ({@code <article id="d1-p5">}) with the source, target and state of each flagged segment and what
 * was found.
 */
final class FindingsSection {
    /**
     * The findings of a kind listed, in document order; more would make a page for nobody to look
     * at.
     */
    static final int LISTED_PER_KIND = 500;

    private final String documentAnchor;

    /** The section of the document whose anchor is {@code documentAnchor} ({@code d1}). */
    FindingsSection(String documentAnchor) {
        this.documentAnchor = documentAnchor;
    }

    void append(Element parent, List<FlaggedSegment> flagged) {
        Element section = parent.appendElement("section").addClass("findings");
        int count = flagged.stream().mapToInt(f -> f.findings().size()).sum();
        section.appendElement("h3").text("QA findings: " + count);
        if (flagged.isEmpty()) {
            section.appendElement("p")
                    .addClass("empty-note")
                    .text(
                            "QA (terms, numbers, mechanical, quotes, script) found nothing in the translated segments.");
            return;
        }
        Map<String, Map<String, List<Entry>>> byCheck = new TreeMap<>();
        for (FlaggedSegment segment : flagged) {
            for (QaFinding finding : segment.findings()) {
                byCheck.computeIfAbsent(finding.check(), c -> new TreeMap<>())
                        .computeIfAbsent(finding.kind(), k -> new ArrayList<>())
                        .add(new Entry(segment, finding));
            }
        }
        Set<FlaggedSegment> listed = new LinkedHashSet<>();
        byCheck.forEach(
                (check, byKind) -> {
                    Element checkGroup =
                            section.appendElement("section")
                                    .addClass("finding-check")
                                    .attr("data-check", check);
                    int inCheck = byKind.values().stream().mapToInt(List::size).sum();
                    checkGroup.appendElement("h4").text(check + " (" + inCheck + ")");
                    byKind.forEach((kind, entries) -> kind(checkGroup, kind, entries, listed));
                });
        units(section, flagged.stream().filter(listed::contains).toList());
    }

    /** The findings of one kind, the first {@value #LISTED_PER_KIND} of them listed. */
    private void kind(
            Element parent, String kind, List<Entry> entries, Set<FlaggedSegment> listed) {
        Element group =
                parent.appendElement("section").addClass("finding-kind").attr("data-kind", kind);
        group.appendElement("h5").text(kind + " (" + entries.size() + ")");
        Element list = group.appendElement("ul");
        for (Entry entry : entries.subList(0, Math.min(entries.size(), LISTED_PER_KIND))) {
            Element item =
                    list.appendElement("li")
                            .addClass("finding")
                            .addClass("severity-" + entry.finding().severity().word());
            item.appendElement("a")
                    .attr("href", "#" + unitAnchor(entry.segment().unitId()))
                    .text(entry.segment().segment().id().toString());
            item.appendText(": " + entry.finding().message());
            listed.add(entry.segment());
        }
        if (entries.size() > LISTED_PER_KIND) {
            list.appendElement("li")
                    .addClass("more")
                    .text(
                            "… and "
                                    + (entries.size() - LISTED_PER_KIND)
                                    + " more: attache qa lists every one");
        }
    }

    private void units(Element section, List<FlaggedSegment> flagged) {
        section.appendElement("h3").text("Flagged units");
        Map<String, List<FlaggedSegment>> byUnit = new LinkedHashMap<>();
        flagged.forEach(f -> byUnit.computeIfAbsent(f.unitId(), u -> new ArrayList<>()).add(f));
        byUnit.forEach(
                (unitId, segments) -> {
                    Element article =
                            section.appendElement("article")
                                    .addClass("unit")
                                    .id(unitAnchor(unitId));
                    article.appendElement("h4").text("Unit " + unitId);
                    Element table = article.appendElement("table");
                    Element head = table.appendElement("thead").appendElement("tr");
                    for (String column :
                            List.of("Segment", "State", "Source", "Target", "Findings")) {
                        head.appendElement("th").text(column);
                    }
                    Element rows = table.appendElement("tbody");
                    for (FlaggedSegment segment : segments) {
                        Element row =
                                rows.appendElement("tr")
                                        .id(documentAnchor + "-" + segment.segment().id());
                        row.appendElement("td").text(segment.segment().id().toString());
                        row.appendElement("td").text(segment.segment().state().label());
                        row.appendElement("td").attr("lang", "en").text(segment.segment().source());
                        row.appendElement("td").text(segment.segment().target());
                        Element findings = row.appendElement("td").appendElement("ul");
                        segment.findings()
                                .forEach(
                                        f ->
                                                findings.appendElement("li")
                                                        .addClass("severity-" + f.severity().word())
                                                        .text(
                                                                f.severity().word()
                                                                        + ": "
                                                                        + f.message()));
                    }
                });
    }

    private String unitAnchor(String unitId) {
        return documentAnchor + "-" + unitId;
    }

    private record Entry(FlaggedSegment segment, QaFinding finding) {}
}
