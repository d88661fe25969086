package dev.attache.xliff;

import dev.attache.BadInputException;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.AltTranslation;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.annotation.XLIFFContextGroup;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.filters.xliff.XLIFFFilter;

/**
 * The XLIFF 1.2 reader Attaché used until December 2026, through Okapi's {@link XLIFFFilter}, kept
 * as the oracle {@link Xliff12Reader} must agree with ({@code Xliff12ReaderProperties}, {@code
 * Xliff12ReaderOracleTest}). Okapi's filter reads a file twice (a pass for SDL's tag definitions
 * before the real one), copies the stream to reread it, and builds a text unit of objects per
 * paragraph: at 1 M words it was a fifth of the import's profile.
 */
final class OkapiXliff12Reader {

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
        LocaleId source = LocaleId.fromBCP47(header.sourceLang().toLanguageTag());
        LocaleId target = LocaleId.fromBCP47(header.targetLang().toLanguageTag());
        Origin origin = header.origin();
        List<Unit> units = new ArrayList<>();
        try (XLIFFFilter filter = new XLIFFFilter();
                RawDocument raw = new RawDocument(input.content(), "UTF-8", source, target)) {
            var params = filter.getParameters();
            params.setAllowEmptyTargets(true);
            params.setIncludeIts(false);
            params.setUseCodeFinder(false);
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    units.add(toUnit(file, event.getTextUnit(), target));
                }
            }
        } catch (OkapiException e) {
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

    private static Unit toUnit(Path file, ITextUnit tu, LocaleId targetLocale) {
        String id = tu.getId();
        TextContainer source = tu.getSource();
        TextContainer target = tu.getTarget(targetLocale);
        Map<String, State> segmentStates = segmentStates(tu);
        Set<String> exactMatches = exactMatches(tu, target);
        Map<String, List<WorksheetImport>> imports = imports(file, tu);
        Map<String, String> targets = targetTexts(file, id, source, target);
        State unitState = target == null ? State.NEW : stateOf(target);
        Optional<Speaker> speaker = speaker(file, id, source, target);
        List<SegmentPair> segments = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        StringBuilder gap = new StringBuilder();
        List<TextPart> parts = source.getParts();
        for (TextPart part : speaker.isPresent() ? parts.subList(1, parts.size()) : parts) {
            String text = plainText(part.getContent());
            if (!part.isSegment()) {
                gap.append(text);
                continue;
            }
            if (!segments.isEmpty()) {
                separators.add(gap.toString());
            }
            gap.setLength(0);
            String mid = ((Segment) part).getId();
            String targetText = targets.getOrDefault(mid, "");
            SegmentId segmentId = new SegmentId(id, segments.size() + 1);
            State state =
                    segmentStates.getOrDefault(mid, targetText.isEmpty() ? State.NEW : unitState);
            TargetOrigin origin =
                    exactMatches.contains(mid) && !targetText.isBlank()
                            ? TargetOrigin.EXACT_MATCH
                            : TargetOrigin.TYPED;
            segments.add(
                    new SegmentPair(
                                    segmentId,
                                    text,
                                    targetText,
                                    state,
                                    List.of(),
                                    matches(target, mid),
                                    origin,
                                    imports.getOrDefault(mid, List.of()))
                            .asRead());
        }
        String kind = tu.getType() == null ? "body" : tu.getType().replaceFirst("^x-", "");
        return new Unit(id, kind, tu.isTranslatable(), segments, separators, notes(tu), speaker);
    }

    /**
     * The speaker of a turn: the source opens, outside the segments, with a placeholder {@code <ph
     * ctype="x-speaker">Label: </ph>}; the target's placeholder holds the rendering (the label
     * where there is none).
     */
    private static Optional<Speaker> speaker(
            Path file, String unitId, TextContainer source, TextContainer target) {
        Optional<String> prefix = speakerPrefix(source);
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
                        .flatMap(OkapiXliff12Reader::speakerPrefix)
                        .map(Speaker::labelOf)
                        .orElse(label.get());
        try {
            return Optional.of(new Speaker(label.get(), rendering, Speaker.tokenOf(prefix.get())));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, "unit " + unitId, e.getMessage(), e);
        }
    }

    private static Optional<String> speakerPrefix(TextContainer container) {
        return container.getParts().isEmpty()
                ? Optional.empty()
                : speakerPrefix(container.getParts().get(0));
    }

    private static Optional<String> speakerPrefix(TextPart first) {
        if (first.isSegment() || !first.getContent().hasCode()) {
            return Optional.empty();
        }
        TextFragment content = first.getContent();
        Code code = content.getCode(0);
        return content.getCodes().size() == 1
                        && Xliff12Writer.SPEAKER_CODE_TYPE.equals(code.getType())
                ? Optional.of(code.getData())
                : Optional.empty();
    }

    /**
     * The target text of each source segment, by segment id. A target that is not split into the
     * source's segments (as some tools write it) belongs to the source's only segment, and is
     * refused when there are several: reading it as empty would let the next import erase it. A
     * target segment the source does not have (a {@code mid} of its own) is refused for the same
     * reason.
     */
    private static Map<String, String> targetTexts(
            Path file, String unitId, TextContainer source, TextContainer target) {
        Map<String, String> texts = new HashMap<>();
        if (target == null) {
            return texts;
        }
        for (Segment sourceSegment : source.getSegments()) {
            Segment targetSegment = target.getSegments().get(sourceSegment.getId());
            if (targetSegment != null) {
                texts.put(sourceSegment.getId(), plainText(targetSegment.getContent()));
            }
        }
        for (Segment targetSegment : target.getSegments()) {
            if (!texts.isEmpty()
                    && source.getSegments().get(targetSegment.getId()) == null
                    && !plainText(targetSegment.getContent()).isBlank()) {
                throw new BadInputException(
                        file,
                        "unit " + unitId,
                        "the target has a segment <mrk mid=\""
                                + targetSegment.getId()
                                + "\"> that the source does not have: its translation would be lost");
            }
        }
        String whole =
                target.getParts().stream()
                        .filter(p -> speakerPrefix(p).isEmpty())
                        .map(p -> plainText(p.getContent()))
                        .collect(Collectors.joining());
        if (texts.isEmpty() && !whole.isBlank()) {
            if (source.getSegments().count() != 1) {
                throw new BadInputException(
                        file,
                        "unit " + unitId,
                        "the target is not split into the source's "
                                + "<mrk mtype=\"seg\"> segments, so its sentences cannot be told apart");
            }
            texts.put(source.getSegments().get(0).getId(), whole);
        }
        return texts;
    }

    /**
     * The target's {@code state}; without one, {@code approved="yes"} is final and anything else
     * translated.
     */
    private static State stateOf(TextContainer target) {
        Property state = target.getProperty(Property.STATE);
        if (state != null) {
            return State.fromXliff12(state.getValue()).orElse(State.TRANSLATED);
        }
        Property approved = target.getProperty(Property.APPROVED);
        return approved != null && "yes".equals(approved.getValue())
                ? State.FINAL
                : State.TRANSLATED;
    }

    private static Map<String, State> segmentStates(ITextUnit tu) {
        Map<String, State> states = new HashMap<>();
        XLIFFContextGroup group = tu.getAnnotation(XLIFFContextGroup.class);
        if (!isSegmentStates(group)) {
            return states;
        }
        String prefix = Xliff12Writer.KIND_PREFIX + "state-";
        for (XLIFFContextGroup.Context context : group) {
            if (context.type().startsWith(prefix)) {
                State.fromXliff12(context.value())
                        .ifPresent(s -> states.put(context.type().substring(prefix.length()), s));
            }
        }
        return states;
    }

    /**
     * Whether the group is ours: {@code x-attache-segment-states-p7}, or {@code
     * x-attache-segment-states} as Attaché named it before it named the group after its unit.
     */
    private static boolean isSegmentStates(XLIFFContextGroup group) {
        return group != null
                && (Xliff12Writer.SEGMENT_STATES.equals(group.name())
                        || group.name() != null
                                && group.name().startsWith(Xliff12Writer.SEGMENT_STATES + "-"));
    }

    /**
     * What worksheet imports left in each segment ({@code x-imported-sN} contexts), by segment id,
     * in order.
     */
    private static Map<String, List<WorksheetImport>> imports(Path file, ITextUnit tu) {
        Map<String, List<WorksheetImport>> imports = new HashMap<>();
        XLIFFContextGroup group = tu.getAnnotation(XLIFFContextGroup.class);
        if (!isSegmentStates(group)) {
            return imports;
        }
        for (XLIFFContextGroup.Context context : group) {
            if (context.type().startsWith(Xliff12Writer.IMPORTED_PREFIX)) {
                imports.computeIfAbsent(
                                context.type().substring(Xliff12Writer.IMPORTED_PREFIX.length()),
                                mid -> new ArrayList<>())
                        .add(importRecord(file, tu.getId(), context.value()));
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
    private static Set<String> exactMatches(ITextUnit tu, TextContainer target) {
        Set<String> exact = new HashSet<>();
        XLIFFContextGroup group = tu.getAnnotation(XLIFFContextGroup.class);
        if (isSegmentStates(group)) {
            for (XLIFFContextGroup.Context context : group) {
                if (context.type().startsWith(Xliff12Writer.ORIGIN_PREFIX)
                        && TargetOrigin.XLIFF12_EXACT.equals(context.value())) {
                    exact.add(context.type().substring(Xliff12Writer.ORIGIN_PREFIX.length()));
                }
            }
        }
        Property qualifier = target == null ? null : target.getProperty(Property.STATE_QUALIFIER);
        if (exact.isEmpty()
                && qualifier != null
                && TargetOrigin.XLIFF12_EXACT.equals(qualifier.getValue())) {
            target.getSegments().forEach(s -> exact.add(s.getId()));
        }
        return exact;
    }

    /**
     * The {@code <alt-trans>} of one segment ({@code mid}), best first, at most {@link
     * SegmentPair#MAX_MATCHES}.
     */
    private static List<TmMatch> matches(TextContainer target, String mid) {
        Segment segment = target == null ? null : target.getSegments().get(mid);
        AltTranslationsAnnotation alternatives =
                segment == null ? null : segment.getAnnotation(AltTranslationsAnnotation.class);
        if (alternatives == null) {
            return List.of();
        }
        List<TmMatch> matches = new ArrayList<>();
        for (AltTranslation alternative : alternatives) {
            String source = plainText(alternative.getSource().getUnSegmentedContentCopy());
            String text = plainText(alternative.getTarget().getUnSegmentedContentCopy());
            if (!source.isBlank() && !text.isBlank()) {
                matches.add(
                        new TmMatch(
                                Math.max(0, Math.min(100, alternative.getCombinedScore())),
                                source,
                                text,
                                alternative.getOrigin() == null ? "" : alternative.getOrigin()));
            }
        }
        return matches.stream()
                .sorted(Comparator.comparingInt(TmMatch::score).reversed())
                .limit(SegmentPair.MAX_MATCHES)
                .toList();
    }

    private static List<Note> notes(ITextUnit tu) {
        List<Note> notes = new ArrayList<>();
        NoteAnnotation annotation = tu.getAnnotation(NoteAnnotation.class);
        if (annotation != null) {
            for (var note : annotation) {
                notes.add(
                        new Note(
                                note.getFrom() == null || note.getFrom().isBlank()
                                        ? "unknown"
                                        : note.getFrom(),
                                note.getNoteText()));
            }
        }
        return notes;
    }

    /**
     * The fragment's text, its inline codes (read from {@code <g>}, {@code <x/>}, …) as tokens
     * numbered by their Okapi ids (ours, in a file we wrote).
     */
    private static String plainText(TextFragment fragment) {
        if (!fragment.hasCode()) {
            return fragment.getCodedText();
        }
        String coded = fragment.getCodedText();
        StringBuilder text = new StringBuilder(coded.length());
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (!TextFragment.isMarker(c)) {
                text.append(c);
                continue;
            }
            Code code = fragment.getCode(coded.charAt(++i));
            text.append(code.getTagType() == TextFragment.TagType.CLOSING ? "{/" : "{")
                    .append(code.getId())
                    .append('}');
        }
        return text.toString();
    }
}
