package dev.attache.xliff;

import dev.attache.BadInputException;
import dev.attache.XmlProlog;
import dev.attache.model.Note;
import dev.attache.model.Origin;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.Speaker;
import dev.attache.model.State;
import dev.attache.model.TargetOrigin;
import dev.attache.model.TmMatch;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.model.WorksheetImport;
import dev.attache.xliff.Xliff12Content.Part;
import dev.attache.xliff.Xliff12TransUnit.AltTrans;
import dev.attache.xliff.Xliff12TransUnit.Context;
import dev.attache.xliff.Xliff12TransUnit.ContextGroup;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XLIFF 1.2 file into a {@link TranslationDocument}, one {@code <trans-unit>} at a time
 * ({@link Xliff12TransUnit}), in one pass of a StAX parser. What it reads is what Okapi's XLIFF
 * filter read before it, and {@code Xliff12ReaderProperties} checks the two agree on every file
 * {@link Xliff12Writer} writes:
 *
 * <ul>
 *   <li>the segments are the {@code <mrk mtype="seg">} of {@code <seg-source>} (the whole {@code
 *       <source>}, one segment, where there is none or where it says something else); text before
 *       the first segment and after the last is not the unit's;
 *   <li>empty targets stay empty, a target like its source in state new is untranslated ({@link
 *       SegmentPair#asRead()}), and the segment ids are {@code p7.s1}, {@code p7.s2}, … in order,
 *       whatever the {@code mid}s say;
 *   <li>a target that is not split into the source's segments (as some tools write it) belongs to
 *       the source's only segment, and is refused where there are several: reading it as empty
 *       would let the next import erase it; so is a target segment the source does not have;
 *   <li>the target's state is its {@code state}, else final where the unit is {@code
 *       approved="yes"}, else translated; each segment's own, its origin and what imports left are
 *       in the unit's {@code x-attache-segment-states-p7} context group;
 *   <li>a segment's fuzzy matches are the {@code <alt-trans mid="sN">} of its target (of its
 *       source, where the unit has no target yet), best first, three at most (equal scores in the
 *       file's order: Okapi's filter sorted them by source);
 *   <li>{@code translate="no"} on a unit or on its group keeps the unit untranslated.
 * </ul>
 *
 * Whitespace is read as it stands, also in a unit without {@code xml:space="preserve"} (Okapi's
 * filter collapsed it there; every file Attaché writes preserves it).
 */
public final class Xliff12Reader {
    private static final XMLInputFactory FACTORY = XmlProlog.secureFactory();
    private static final Pattern MATCH_QUALITY =
            Pattern.compile("\\s*(-?\\d+)(?:\\.\\d\\d)?%?\\s*");
    private static final String NO_ORIGIN = "SourceDoc";

    public TranslationDocument read(Path file) {
        try (XliffInput input = XliffInput.open(file)) {
            return read(file, input);
        }
    }

    /** Reads the document from the file {@code input} opened, whose header it has read. */
    TranslationDocument read(Path file, XliffInput input) {
        XliffFileHeader header = input.header();
        if (!header.version().equals("1.2")) {
            throw new BadInputException(
                    file, "XLIFF version '" + header.version() + "' is not 1.2");
        }
        Origin origin = header.origin();
        List<Unit> units = new ArrayList<>();
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(input.content());
            // whether the groups around the reader say their units are to be translated
            Deque<Boolean> groups = new ArrayDeque<>(List.of(true));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "group" -> {
                            String translate = xml.getAttributeValue(null, "translate");
                            groups.push(
                                    translate == null ? groups.peek() : !translate.equals("no"));
                        }
                        case "trans-unit" ->
                                units.add(toUnit(file, unit(file, xml, groups.peek())));
                        default -> {
                            // the header and the body's other elements hold no unit
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("group")) {
                    groups.pop();
                }
            }
        } catch (XMLStreamException e) {
            throw BadInputException.parserMessage(file, "malformed XLIFF: ", e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, null, e.getMessage(), e);
        }
        try {
            return new TranslationDocument(
                    header.original(), origin, header.sourceLang(), header.targetLang(), units);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, null, e.getMessage(), e);
        }
    }

    /**
     * The {@code <trans-unit>} {@code xml} stands on; an inline code it holds that we cannot read
     * is refused with the unit's id.
     */
    private static Xliff12TransUnit unit(Path file, XMLStreamReader xml, boolean translatable)
            throws XMLStreamException {
        String id = xml.getAttributeValue(null, "id");
        try {
            return Xliff12TransUnit.read(xml, translatable);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, "unit " + id, e.getMessage(), e);
        }
    }

    private static Unit toUnit(Path file, Xliff12TransUnit tu) {
        String id = tu.id() == null ? "" : tu.id();
        if (tu.source() == null) {
            throw new BadInputException(
                    file, "unit " + id, "malformed XLIFF: Element <source> missing");
        }
        Xliff12Content source = sourceOf(tu);
        Xliff12Content target = tu.target();
        Optional<ContextGroup> group = segmentStatesGroup(tu);
        Map<String, State> segmentStates = segmentStates(group);
        Set<String> exactMatches = exactMatches(group, tu, target);
        Map<String, List<WorksheetImport>> imports = imports(file, id, group);
        Map<String, String> targets = targetTexts(file, id, source, target);
        State unitState = target == null ? State.NEW : stateOf(tu);
        Optional<Speaker> speaker = speaker(file, id, source, target);
        List<SegmentPair> segments = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        StringBuilder gap = new StringBuilder();
        List<Part> parts = source.parts();
        for (Part part : speaker.isPresent() ? parts.subList(1, parts.size()) : parts) {
            if (!part.segment()) {
                gap.append(part.text());
                continue;
            }
            if (!segments.isEmpty()) {
                separators.add(gap.toString());
            }
            gap.setLength(0);
            String mid = part.mid();
            String targetText = targets.getOrDefault(mid, "");
            State state =
                    segmentStates.getOrDefault(mid, targetText.isEmpty() ? State.NEW : unitState);
            TargetOrigin origin =
                    exactMatches.contains(mid) && !targetText.isBlank()
                            ? TargetOrigin.EXACT_MATCH
                            : TargetOrigin.TYPED;
            segments.add(
                    new SegmentPair(
                                    new SegmentId(id, segments.size() + 1),
                                    part.text(),
                                    targetText,
                                    state,
                                    List.of(),
                                    matches(tu, target == null ? source : target, mid),
                                    origin,
                                    imports.getOrDefault(mid, List.of()))
                            .asRead());
        }
        String kind = tu.restype() == null ? "body" : tu.restype().replaceFirst("^x-", "");
        return new Unit(id, kind, tu.translatable(), segments, separators, notes(tu), speaker);
    }

    /**
     * The segmented source: {@code <seg-source>}, unless there is none or its text is not that of
     * {@code <source>}.
     */
    private static Xliff12Content sourceOf(Xliff12TransUnit tu) {
        Xliff12Content segmented = tu.segSource();
        return segmented != null && segmented.whole().equals(tu.source().whole())
                ? segmented
                : tu.source();
    }

    /**
     * The speaker of a turn: the source opens, outside the segments, with a placeholder {@code <ph
     * ctype="x-speaker">Label: </ph>}; the target's placeholder holds the rendering (the label
     * where there is none).
     */
    private static Optional<Speaker> speaker(
            Path file, String unitId, Xliff12Content source, Xliff12Content target) {
        Optional<String> prefix = speakerPrefix(source.parts().get(0));
        Optional<String> label = prefix.map(Speaker::labelOf);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        if (label.get() == null) {
            throw new BadInputException(
                    file, "unit " + unitId, "the speaker placeholder does not end with ': '");
        }
        String rendering =
                Optional.ofNullable(target)
                        .flatMap(t -> speakerPrefix(t.parts().get(0)))
                        .map(Speaker::labelOf)
                        .orElse(label.get());
        try {
            return Optional.of(new Speaker(label.get(), rendering, Speaker.tokenOf(prefix.get())));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, "unit " + unitId, e.getMessage(), e);
        }
    }

    private static Optional<String> speakerPrefix(Part first) {
        return !first.segment()
                        && first.codes().size() == 1
                        && Xliff12Writer.SPEAKER_CODE_TYPE.equals(first.codes().get(0).type())
                ? Optional.of(first.codes().get(0).data())
                : Optional.empty();
    }

    /**
     * The target text of each source segment, by segment id (see the class comment for a target not
     * split as the source is).
     */
    private static Map<String, String> targetTexts(
            Path file, String unitId, Xliff12Content source, Xliff12Content target) {
        Map<String, String> texts = new HashMap<>();
        if (target == null) {
            return texts;
        }
        Map<String, Part> targetSegments = new HashMap<>();
        target.segments().forEach(s -> targetSegments.putIfAbsent(s.mid(), s));
        Set<String> sourceMids = new HashSet<>();
        for (Part sourceSegment : source.segments()) {
            sourceMids.add(sourceSegment.mid());
            Part targetSegment = targetSegments.get(sourceSegment.mid());
            if (targetSegment != null) {
                texts.putIfAbsent(sourceSegment.mid(), targetSegment.text());
            }
        }
        for (Part targetSegment : target.segments()) {
            if (!texts.isEmpty()
                    && !sourceMids.contains(targetSegment.mid())
                    && !targetSegment.text().isBlank()) {
                throw new BadInputException(
                        file,
                        unitId.isEmpty() ? null : "unit " + unitId,
                        "the target has a segment <mrk mid=\""
                                + targetSegment.mid()
                                + "\"> that the source does not have: its translation would be lost");
            }
        }
        if (!texts.isEmpty()) {
            return texts;
        }
        StringBuilder whole = new StringBuilder();
        for (Part part : target.parts()) {
            if (speakerPrefix(part).isEmpty()) {
                whole.append(part.text());
            }
        }
        if (!whole.toString().isBlank()) {
            if (source.segments().size() != 1) {
                throw new BadInputException(
                        file,
                        "unit " + unitId,
                        "the target is not split into the source's "
                                + "<mrk mtype=\"seg\"> segments, so its sentences cannot be told apart");
            }
            texts.put(source.segments().get(0).mid(), whole.toString());
        }
        return texts;
    }

    /**
     * The target's {@code state}; without one, {@code approved="yes"} is final and anything else
     * translated.
     */
    private static State stateOf(Xliff12TransUnit tu) {
        if (tu.targetState() != null) {
            return State.fromXliff12(tu.targetState()).orElse(State.TRANSLATED);
        }
        return tu.approved() ? State.FINAL : State.TRANSLATED;
    }

    /**
     * The unit's context group if it is ours: {@code x-attache-segment-states-p7}, or {@code
     * x-attache-segment-states} as Attaché named it before it named the group after its unit.
     */
    private static Optional<ContextGroup> segmentStatesGroup(Xliff12TransUnit tu) {
        return tu.contextGroups().stream()
                .filter(
                        g ->
                                g.name() != null
                                        && (g.name().equals(Xliff12Writer.SEGMENT_STATES)
                                                || g.name()
                                                        .startsWith(
                                                                Xliff12Writer.SEGMENT_STATES
                                                                        + "-")))
                .reduce((first, second) -> second);
    }

    private static Map<String, State> segmentStates(Optional<ContextGroup> group) {
        Map<String, State> states = new HashMap<>();
        String prefix = Xliff12Writer.KIND_PREFIX + "state-";
        for (Context context : group.map(ContextGroup::contexts).orElse(List.of())) {
            if (context.type().startsWith(prefix)) {
                State.fromXliff12(context.value())
                        .ifPresent(s -> states.put(context.type().substring(prefix.length()), s));
            }
        }
        return states;
    }

    /**
     * What worksheet imports left in each segment ({@code x-imported-sN} contexts), by segment id,
     * in order.
     */
    private static Map<String, List<WorksheetImport>> imports(
            Path file, String unitId, Optional<ContextGroup> group) {
        Map<String, List<WorksheetImport>> imports = new HashMap<>();
        for (Context context : group.map(ContextGroup::contexts).orElse(List.of())) {
            if (context.type().startsWith(Xliff12Writer.IMPORTED_PREFIX)) {
                imports.computeIfAbsent(
                                context.type().substring(Xliff12Writer.IMPORTED_PREFIX.length()),
                                mid -> new ArrayList<>())
                        .add(importRecord(file, unitId, context.value()));
            }
        }
        return imports;
    }

    private static WorksheetImport importRecord(Path file, String unitId, String text) {
        try {
            return WorksheetImport.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, "unit " + unitId, e.getMessage(), e);
        }
    }

    /**
     * The segments whose target is an exact memory match: those the context group names ({@code
     * x-origin-sN}), else every segment when the target's {@code state-qualifier} is {@code
     * exact-match}.
     */
    private static Set<String> exactMatches(
            Optional<ContextGroup> group, Xliff12TransUnit tu, Xliff12Content target) {
        Set<String> exact = new HashSet<>();
        for (Context context : group.map(ContextGroup::contexts).orElse(List.of())) {
            if (context.type().startsWith(Xliff12Writer.ORIGIN_PREFIX)
                    && TargetOrigin.XLIFF12_EXACT.equals(context.value())) {
                exact.add(context.type().substring(Xliff12Writer.ORIGIN_PREFIX.length()));
            }
        }
        if (exact.isEmpty()
                && target != null
                && TargetOrigin.XLIFF12_EXACT.equals(tu.targetQualifier())) {
            target.segments().forEach(s -> exact.add(s.mid()));
        }
        return exact;
    }

    /**
     * The {@code <alt-trans>} of one segment ({@code mid}) of the target (of the source where the
     * unit has no target yet), best first, at most {@link SegmentPair#MAX_MATCHES}.
     */
    private static List<TmMatch> matches(
            Xliff12TransUnit tu, Xliff12Content segmented, String mid) {
        if (tu.altTrans().isEmpty()
                || mid == null
                || segmented.segments().stream().noneMatch(s -> mid.equals(s.mid()))) {
            return List.of();
        }
        List<TmMatch> matches = new ArrayList<>();
        for (AltTrans alternative : tu.altTrans()) {
            if (mid.equals(alternative.mid())
                    && !alternative.source().isBlank()
                    && !alternative.target().isBlank()) {
                matches.add(
                        new TmMatch(
                                score(alternative.matchQuality()),
                                alternative.source(),
                                alternative.target(),
                                alternative.origin() == null || alternative.origin().isEmpty()
                                        ? NO_ORIGIN
                                        : alternative.origin()));
            }
        }
        return matches.stream()
                .sorted(Comparator.comparingInt(TmMatch::score).reversed())
                .limit(SegmentPair.MAX_MATCHES)
                .toList();
    }

    /** {@code match-quality} as a score from 0 to 100: {@code 85}, {@code 85%}, {@code 85.00}. */
    private static int score(String matchQuality) {
        Matcher m = matchQuality == null ? null : MATCH_QUALITY.matcher(matchQuality);
        if (m == null || !m.matches()) {
            return 0;
        }
        try {
            return Math.max(0, Math.min(100, Integer.parseInt(m.group(1))));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<Note> notes(Xliff12TransUnit tu) {
        return tu.notes().stream()
                .map(
                        n ->
                                new Note(
                                        n.from() == null || n.from().isBlank()
                                                ? "unknown"
                                                : n.from(),
                                        n.text()))
                .toList();
    }
}
