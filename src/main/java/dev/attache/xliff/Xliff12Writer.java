package dev.attache.xliff;

import dev.attache.model.InlineTokens;
import dev.attache.model.Note;
import dev.attache.model.OriginNotes;
import dev.attache.model.SegmentPair;
import dev.attache.model.Speaker;
import dev.attache.model.State;
import dev.attache.model.TargetOrigin;
import dev.attache.model.TmMatch;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.model.WorksheetImport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Writes a {@link TranslationDocument} as XLIFF 1.2: one {@code <trans-unit>} per paragraph, {@code
 * <seg-source>} with {@code <mrk mtype="seg">}, a target that mirrors the segments, the paragraph
 * kind as {@code restype="x-<kind>"}, and {@code translate="no"} on the units that are kept but not
 * translated. XLIFF 1.2 has one {@code state} per target; where the segments of a unit differ, each
 * segment's state is also recorded in a {@code <context-group name="x-attache-segment-states-p7">}
 * (named after its unit: the strict schema wants each group's name once in a file). A unit whose
 * segments are all final is {@code approved="yes"} (Translate Toolkit and others take a unit
 * without it as unreviewed). A target filled from exact memory matches has {@code
 * state-qualifier="exact-match"} (where only some segments are, the context group says which:
 * {@code x-origin-sN}); each segment's fuzzy matches are {@code <alt-trans mid="sN"
 * match-quality="NN" origin="tm">} with the memory's source and target, best first. What worksheet
 * imports left in a segment ({@link WorksheetImport}) is in the same context group, one {@code
 * x-imported-sN} context each, most recent first. Inline codes are {@code <bpt>}/{@code <ept>}
 * pairs and {@code <ph>} placeholders numbered as the tokens are, the speaker label a {@code <ph
 * ctype="x-speaker">} before the first segment.
 *
 * <p>The bytes are those Okapi's {@code XLIFFWriter} wrote for the same document (with line feeds
 * for line breaks on every system), its escaping included: {@code Xliff12WriterProperties} checks
 * it against that writer, kept in the tests. Okapi's writer built a text unit of objects per
 * paragraph and ran a regex over every piece it wrote; this one writes the markup as it goes. The
 * same document always gives the same bytes.
 */
public final class Xliff12Writer {
    static final String SEGMENT_STATES = "x-attache-segment-states";
    static final String KIND_PREFIX = "x-";
    static final String ORIGIN_PREFIX = KIND_PREFIX + "origin-";
    static final String IMPORTED_PREFIX = KIND_PREFIX + "imported-";
    static final String SPEAKER_CODE_TYPE = "x-speaker";
    private static final String INLINE_CODE_TYPE = "x-attache";

    /**
     * Writes the document to {@code out} (UTF-8) as it goes, unit by unit; {@code out} is left
     * open. The root declares Okapi's {@code okp:} namespace, as files written through Okapi did.
     */
    public void write(TranslationDocument document, OutputStream out) throws IOException {
        try (Writer writer =
                new OutputStreamWriter(CloseShieldOutputStream.wrap(out), StandardCharsets.UTF_8)) {
            Xliff12Markup xml = new Xliff12Markup(writer);
            String source = document.sourceLang().toLanguageTag();
            String target = document.targetLang().toLanguageTag();
            xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            xml.raw(
                    "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\""
                            + " xmlns:okp=\"okapi-framework:xliff-extensions\">\n");
            xml.raw("<file").attribute("original", document.original());
            xml.attribute("source-language", source).attribute("target-language", target);
            xml.attribute("datatype", document.origin().format().datatype()).raw(">\n");
            xml.raw("<header><tool tool-id=\"attache\" tool-name=\"Attaché\"></tool>");
            String originNotes = OriginNotes.xml(document.origin());
            if (originNotes != null) {
                xml.lines(originNotes);
            }
            xml.raw("</header>\n<body>\n");
            boolean codes = document.origin().format().hasInlineCodes();
            for (Unit unit : document.units()) {
                writeUnit(xml, unit, source, target, codes);
            }
            xml.raw("</body>\n</file>\n</xliff>\n").flush();
        }
    }

    private static void writeUnit(
            Xliff12Markup xml, Unit unit, String source, String target, boolean codes)
            throws IOException {
        xml.raw("<trans-unit").attribute("id", unit.id());
        xml.attribute("restype", KIND_PREFIX + unit.kind());
        State state = unitState(unit);
        if (!unit.translatable()) {
            xml.raw(" translate=\"no\"");
        } else if (state == State.FINAL) {
            xml.raw(" approved=\"yes\"");
        }
        xml.raw(" xml:space=\"preserve\">\n");
        xml.raw("<source xml:lang=\"").raw(source).raw("\">");
        writeContent(xml, unit, SegmentPair::source, Speaker::sourcePrefix, codes, false);
        xml.raw("</source>\n<seg-source>");
        writeContent(xml, unit, SegmentPair::source, Speaker::sourcePrefix, codes, true);
        xml.raw("</seg-source>\n");
        if (unit.translatable()) {
            xml.raw("<target xml:lang=\"").raw(target).raw("\"");
            xml.attribute("state", state.xliff12());
            if (allExactMatches(unit)) {
                xml.attribute("state-qualifier", TargetOrigin.XLIFF12_EXACT);
            }
            xml.raw(">");
            writeContent(xml, unit, SegmentPair::target, Speaker::targetPrefix, codes, true);
            xml.raw("</target>\n");
            for (SegmentPair pair : unit.segments()) {
                for (TmMatch match : pair.matches()) {
                    writeMatch(xml, pair, match, source, target);
                }
            }
            if (!sameStateEverywhere(unit) || mixedOrigins(unit) || remembersImports(unit)) {
                writeSegmentStates(xml, unit);
            }
        }
        for (Note note : unit.notes()) {
            xml.raw("<note").attribute("from", note.from()).raw(">").note(note.text());
            xml.raw("</note>\n");
        }
        xml.raw("</trans-unit>\n");
    }

    /**
     * The speaker label, then the segments with what stands between them; each segment in a {@code
     * <mrk mtype="seg">} when {@code marked}.
     */
    private static void writeContent(
            Xliff12Markup xml,
            Unit unit,
            Function<SegmentPair, String> text,
            Function<Speaker, String> speakerPrefix,
            boolean codes,
            boolean marked)
            throws IOException {
        if (unit.speaker().isPresent()) {
            String prefix = speakerPrefix.apply(unit.speaker().get());
            xml.raw("<ph id=\"1\" ctype=\"").raw(SPEAKER_CODE_TYPE).raw("\" equiv-text=\"");
            xml.codeLines(prefix, true).raw("\">").codeLines(prefix, false).raw("</ph>");
        }
        for (int i = 0; i < unit.segments().size(); i++) {
            if (i > 0) {
                xml.text(unit.separators().get(i - 1));
            }
            SegmentPair pair = unit.segments().get(i);
            if (marked) {
                xml.raw("<mrk mid=\"").raw(pair.id().local()).raw("\" mtype=\"seg\">");
            }
            writeText(xml, text.apply(pair), codes);
            if (marked) {
                xml.raw("</mrk>");
            }
        }
    }

    /**
     * A segment's text; with {@code codes}, each pair of tokens {@code <bpt>}/{@code <ept>} and
     * each lone token a {@code <ph>}, numbered as the tokens are.
     */
    private static void writeText(Xliff12Markup xml, String text, boolean codes)
            throws IOException {
        List<InlineTokens.Token> tokens = codes ? InlineTokens.of(text) : List.of();
        if (tokens.isEmpty()) {
            xml.text(text);
            return;
        }
        Set<Integer> paired = new HashSet<>();
        tokens.stream().filter(InlineTokens.Token::closing).forEach(t -> paired.add(t.number()));
        int at = 0;
        for (InlineTokens.Token token : tokens) {
            xml.text(text.substring(at, token.start()));
            int number = token.number();
            if (token.closing()) {
                xml.raw("<ept id=\"" + number + "\"></ept>");
            } else if (paired.contains(number)) {
                xml.raw("<bpt id=\"" + number + "\" ctype=\"" + INLINE_CODE_TYPE + "\"></bpt>");
            } else {
                xml.raw("<ph id=\"" + number + "\" ctype=\"" + INLINE_CODE_TYPE + "\"></ph>");
            }
            at = token.end();
        }
        xml.text(text.substring(at));
    }

    /** One fuzzy match of a segment as an {@code <alt-trans>}. */
    private static void writeMatch(
            Xliff12Markup xml, SegmentPair pair, TmMatch match, String source, String target)
            throws IOException {
        xml.raw("<alt-trans mid=\"").raw(pair.id().local()).raw("\"");
        if (match.score() > 0) {
            xml.raw(" match-quality=\"" + match.score() + "\"");
        }
        if (!match.origin().isEmpty()) {
            xml.attribute("origin", match.origin());
        }
        xml.raw("><source xml:lang=\"").raw(source).raw("\">").text(match.source());
        xml.raw("</source>\n<target xml:lang=\"").raw(target).raw("\">").text(match.target());
        xml.raw("</target>\n</alt-trans>\n");
    }

    /**
     * The unit's context group: each segment's state where they differ (or where their origins do),
     * the segments that are exact memory matches, and what worksheet imports left.
     */
    private static void writeSegmentStates(Xliff12Markup xml, Unit unit) throws IOException {
        xml.raw("<context-group name=\"").raw(SEGMENT_STATES + "-").context(unit.id());
        xml.raw("\" purpose=\"information\">");
        // a group there only for what imports left needs no states: the target's state is every
        // segment's
        boolean withStates = !sameStateEverywhere(unit) || mixedOrigins(unit);
        for (SegmentPair pair : withStates ? unit.segments() : List.<SegmentPair>of()) {
            writeContext(xml, KIND_PREFIX + "state-" + pair.id().local(), pair.state().xliff12());
        }
        for (SegmentPair pair : unit.segments()) {
            if (pair.origin() == TargetOrigin.EXACT_MATCH) {
                writeContext(xml, ORIGIN_PREFIX + pair.id().local(), TargetOrigin.XLIFF12_EXACT);
            }
        }
        for (SegmentPair pair : unit.segments()) {
            for (WorksheetImport imported : pair.imports()) {
                writeContext(xml, IMPORTED_PREFIX + pair.id().local(), imported.text());
            }
        }
        xml.raw("</context-group>\n");
    }

    private static void writeContext(Xliff12Markup xml, String type, String value)
            throws IOException {
        xml.raw("<context context-type=\"").context(type).raw("\">").context(value);
        xml.raw("</context>");
    }

    /** The state the whole target is in: the least advanced of its segments. */
    static State unitState(Unit unit) {
        return unit.segments().stream().map(SegmentPair::state).min(Enum::compareTo).orElseThrow();
    }

    static boolean sameStateEverywhere(Unit unit) {
        return unit.segments().stream().map(SegmentPair::state).distinct().count() == 1;
    }

    static boolean allExactMatches(Unit unit) {
        return unit.segments().stream().allMatch(s -> s.origin() == TargetOrigin.EXACT_MATCH);
    }

    static boolean mixedOrigins(Unit unit) {
        return unit.segments().stream().map(SegmentPair::origin).distinct().count() > 1;
    }

    static boolean remembersImports(Unit unit) {
        return unit.segments().stream().anyMatch(s -> !s.imports().isEmpty());
    }
}
