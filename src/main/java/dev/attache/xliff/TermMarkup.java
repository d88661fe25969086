package dev.attache.xliff;

import dev.attache.model.SegmentPair;
import dev.attache.model.TermHit;
import dev.attache.model.TermRenderings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.glossary.GlossEntry;
import net.sf.okapi.lib.xliff2.glossary.Glossary;
import net.sf.okapi.lib.xliff2.glossary.Term;

/**
 * The term hits of a unit in XLIFF 2: the {@code k}-th hit of the unit (counting over its segments
 * in order) is the glossary-module entry {@code <gls:glossEntry id="gk">} (the matched text as
 * {@code <gls:term>}, the concept id as its {@code source}, the rendering as {@code
 * <gls:translation>}) and, in the source, the span {@code <mrk id="mk" type="term" ref="#gls=gk">}.
 * Markers must nest: a hit that crosses a longer one stays in the glossary module only (and is not
 * read back).
 */
final class TermMarkup {
    static final String TERM = "term";
    static final String ENTRY_REF = "#gls=";
    static final String WRITER_SOURCE = "attache";

    private final TermRenderings renderings;
    private final Glossary glossary = new Glossary();
    private int count;

    TermMarkup(TermRenderings renderings) {
        this.renderings = renderings;
    }

    /**
     * Appends the segment's source to {@code fragment} with its term spans, and adds its entries to
     * the glossary.
     */
    void appendSource(Fragment fragment, SegmentPair segment) {
        List<Marked> hits = new ArrayList<>();
        for (TermHit hit : segment.termHits()) {
            count++;
            hits.add(new Marked(hit, count));
            glossary.add(entry(hit, count));
        }
        List<Marked> marked = nested(hits);
        marked.sort(
                Comparator.comparingInt((Marked m) -> m.hit().start())
                        .thenComparing(m -> -m.hit().end()));
        String text = segment.source();
        Deque<Marked> open = new ArrayDeque<>();
        int at = 0;
        for (Marked m : marked) {
            while (!open.isEmpty() && open.peek().hit().end() <= m.hit().start()) {
                at = close(fragment, text, at, open.pop());
            }
            fragment.append(text.substring(at, m.hit().start()));
            at = m.hit().start();
            fragment.openMarkerSpan("m" + m.number(), TERM).setRef(ENTRY_REF + "g" + m.number());
            open.push(m);
        }
        while (!open.isEmpty()) {
            at = close(fragment, text, at, open.pop());
        }
        fragment.append(text.substring(at));
        for (Marked m : marked) {
            glossary.get(m.number() - 1).setRef("#m" + m.number());
        }
    }

    /** The glossary module of the unit, or null when it has no term hit. */
    Glossary glossary() {
        return glossary.isEmpty() ? null : glossary;
    }

    private static int close(Fragment fragment, String text, int at, Marked m) {
        fragment.append(text.substring(at, m.hit().end()));
        fragment.closeMarkerSpan("m" + m.number());
        return m.hit().end();
    }

    /**
     * The hits that can be well-nested markers, longest first: each lies inside or outside every
     * longer one.
     */
    private static List<Marked> nested(List<Marked> hits) {
        List<Marked> byLength = new ArrayList<>(hits);
        byLength.sort(Comparator.comparingInt((Marked m) -> m.hit().start() - m.hit().end()));
        List<Marked> kept = new ArrayList<>();
        for (Marked candidate : byLength) {
            if (kept.stream().allMatch(k -> !crosses(k.hit(), candidate.hit()))) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private static boolean crosses(TermHit a, TermHit b) {
        boolean overlap = a.start() < b.end() && b.start() < a.end();
        boolean inside =
                a.start() <= b.start() && b.end() <= a.end()
                        || b.start() <= a.start() && a.end() <= b.end();
        return overlap && !inside;
    }

    private GlossEntry entry(TermHit hit, int number) {
        GlossEntry entry = new GlossEntry();
        entry.setId("g" + number);
        // Okapi writes the source attribute as given: escape it here (the reader unescapes it)
        entry.setTerm(new Term(hit.matchedText())).setSource(attribute(hit.conceptId()));
        renderings
                .rendering(hit.conceptId())
                .ifPresentOrElse(
                        text -> entry.addTranslation(text).setSource(WRITER_SOURCE),
                        () ->
                                entry.setDefinition(
                                                new net.sf.okapi.lib.xliff2.glossary.Definition(
                                                        "glossary concept " + hit.conceptId()))
                                        .setSource(WRITER_SOURCE));
        return entry;
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private record Marked(TermHit hit, int number) {}
}
