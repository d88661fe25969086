package dev.attache.xliff;

import dev.attache.BadInputException;
import dev.attache.model.Note;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.Speaker;
import dev.attache.model.State;
import dev.attache.model.TargetOrigin;
import dev.attache.model.TermHit;
import dev.attache.model.TmMatch;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.model.WorksheetImport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.lib.xliff2.InvalidParameterException;
import net.sf.okapi.lib.xliff2.XLIFFException;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.MTag;
import net.sf.okapi.lib.xliff2.core.Part;
import net.sf.okapi.lib.xliff2.core.TagType;
import net.sf.okapi.lib.xliff2.glossary.GlossEntry;
import net.sf.okapi.lib.xliff2.glossary.Glossary;
import net.sf.okapi.lib.xliff2.matches.Match;
import net.sf.okapi.lib.xliff2.metadata.IMetadataItem;
import net.sf.okapi.lib.xliff2.metadata.Meta;
import net.sf.okapi.lib.xliff2.metadata.MetaGroup;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.xml.sax.SAXParseException;

/**
 * Reads an XLIFF 2.0 or 2.1 file into a {@link TranslationDocument} through Okapi's XLIFF 2 {@link
 * XLIFFReader}, with its full validation (the core and module schemas, the processing requirements
 * it checks, fragment identifiers). It rebuilds what {@link Xliff21Writer} writes. What the model
 * cannot hold is refused, each with its place: inline codes, more than one {@code <file>}, unit ids
 * that are not ours ({@code p7}), segments whose id is not {@code s1}, {@code s2}, … in order, and
 * text outside the segments other than the whitespace between them and a speaker turn's {@code
 * <ignorable id="speaker">} before the first (which gives the unit its {@link Speaker}). Groups are
 * read through. A term {@code <mrk>} becomes a term hit when its concept is known: through {@code
 * ref="#gls=<entry>"} or an entry whose {@code ref} points at the marker, the concept being the
 * entry's {@code <gls:term source>}.
 */
public final class Xliff21Reader {
    static final Set<String> VERSIONS = Set.of("2.0", "2.1");

    /**
     * Schema validation and the processing requirements Okapi checks. Okapi's further check of
     * fragment-identifier prefixes ({@code VALIDATION_INCLUDE_FRAGIDPREFIX}) refuses the suite's
     * valid {@code withTBXExtension.xlf} (an extension prefix it does not know), so it is left out.
     */
    static final int VALIDATION = XLIFFReader.VALIDATION_INCLUDE_SCHEMAS;

    private static final Pattern CONTEXT =
            Pattern.compile(
                    "(?s)^Error in <file> ([^\\n:]*?)(?:\\nLast element read: '[^']*')?:\\n(.*)$");

    public TranslationDocument read(Path file) {
        try (XliffInput input = XliffInput.open(file)) {
            return read(file, input);
        }
    }

    /**
     * Reads the document from the file {@code input} opened, whose header it has read. Okapi's
     * reader holds the file's bytes to check them against the schemas and then parse them (given a
     * file, it would open it twice).
     */
    TranslationDocument read(Path file, XliffInput input) {
        XliffFileHeader header = input.header();
        if (!VERSIONS.contains(header.version())) {
            throw new BadInputException(
                    file, "XLIFF version '" + header.version() + "' is not 2.0 or 2.1");
        }
        List<net.sf.okapi.lib.xliff2.core.Unit> read = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(VALIDATION)) {
            reader.open(input.content());
            List<String> files = new ArrayList<>();
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isStartFile()) {
                    files.add(event.getStartFileData().getId());
                } else if (event.isUnit()) {
                    read.add(event.getUnit());
                }
            }
            // the whole file passed Okapi's checks: what breaks the standard is reported before
            // what we cannot hold
            if (files.size() > 1) {
                throw new BadInputException(
                        file,
                        "file " + files.get(1),
                        "a transcript is one <file>; this " + "document has " + files.size());
            }
        } catch (XLIFFException | InvalidParameterException e) {
            throw refusal(file, e);
        }
        if (header.targetLang() == null) {
            throw new BadInputException(
                    file,
                    "the <xliff> element names no target language (trgLang); an Attaché "
                            + "document is for one language pair");
        }
        List<Unit> units = new ArrayList<>();
        for (var unit : read) {
            try {
                units.add(toUnit(file, unit));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file, "unit " + unit.getId(), e.getMessage(), e);
            }
        }
        return new TranslationDocument(
                header.original(), header.sourceLang(), header.targetLang(), units);
    }

    private static Unit toUnit(Path file, net.sf.okapi.lib.xliff2.core.Unit xliff) {
        String id = xliff.getId();
        String place = "unit " + id;
        if (!SegmentId.isUnitId(id)) {
            throw new BadInputException(
                    file,
                    place,
                    "unit id '"
                            + id
                            + "' cannot be an Attaché unit id "
                            + "(a letter, then letters, digits, '-' or '_')");
        }
        Glossary glossary = xliff.hasGlossEntry() ? xliff.getGlossary() : null;
        List<SegmentPair> segments = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        StringBuilder gap = new StringBuilder();
        Optional<Speaker> speaker = Optional.empty();
        Map<String, List<WorksheetImport>> imports = imports(xliff);
        for (Part part : xliff) {
            if (!part.isSegment()
                    && segments.isEmpty()
                    && Xliff21Writer.SPEAKER_ID.equals(part.getId())) {
                speaker = Optional.of(speaker(file, place, part));
                continue;
            }
            if (!part.isSegment()) {
                gap.append(read(file, place, part.getSource(), glossary).text());
                continue;
            }
            var segment = (net.sf.okapi.lib.xliff2.core.Segment) part;
            String expected = "s" + (segments.size() + 1);
            if (!expected.equals(segment.getId())) {
                throw new BadInputException(
                        file,
                        place,
                        (segment.getId() == null
                                        ? "a <segment> without id"
                                        : "segment id '" + segment.getId() + "'")
                                + " where Attaché expects '"
                                + expected
                                + "' (segments are s1, s2, … in order, the keys of the worksheet rows)");
            }
            if (segments.isEmpty() && gap.length() > 0) {
                throw outside(file, place);
            }
            if (!segments.isEmpty()) {
                separators.add(gap.toString());
            }
            gap.setLength(0);
            Content source = read(file, place, segment.getSource(), glossary);
            String target =
                    segment.hasTarget() ? read(file, place, segment.getTarget(), null).text() : "";
            State state = xliff.getTranslate() ? state(segment) : State.NEW;
            TargetOrigin origin =
                    xliff.getTranslate()
                                    && !target.isBlank()
                                    && Xliff21Writer.EXACT_MATCH.equals(segment.getSubState())
                            ? TargetOrigin.EXACT_MATCH
                            : TargetOrigin.TYPED;
            segments.add(
                    new SegmentPair(
                                    new SegmentId(id, segments.size() + 1),
                                    source.text(),
                                    target,
                                    state,
                                    source.hits(),
                                    matches(file, place, xliff, expected),
                                    origin,
                                    imports.getOrDefault(expected, List.of()))
                            .asRead());
        }
        if (gap.length() > 0) {
            throw outside(file, place);
        }
        List<Note> notes = new ArrayList<>();
        for (var note : xliff.getNotes()) {
            String from =
                    note.getCategory() == null || note.getCategory().isBlank()
                            ? "unknown"
                            : note.getCategory();
            notes.add(new Note(from, note.getText() == null ? "" : note.getText()));
        }
        return new Unit(
                id,
                kind(xliff.getType()),
                xliff.getTranslate(),
                segments,
                separators,
                notes,
                speaker);
    }

    /**
     * What worksheet imports left in each segment: the {@code <mda:meta type="sN">} of the unit's
     * {@code <mda:metaGroup category="attache:imported">}, by segment id, in order.
     */
    private static Map<String, List<WorksheetImport>> imports(
            net.sf.okapi.lib.xliff2.core.Unit xliff) {
        Map<String, List<WorksheetImport>> imports = new HashMap<>();
        if (!xliff.hasMetadata()) {
            return imports;
        }
        for (IMetadataItem item : xliff.getMetadata()) {
            if (item instanceof MetaGroup group
                    && Xliff21Writer.IMPORTED.equals(group.getCategory())) {
                for (IMetadataItem entry : group) {
                    if (entry instanceof Meta meta) {
                        imports.computeIfAbsent(meta.getType(), s -> new ArrayList<>())
                                .add(
                                        WorksheetImport.parse(
                                                meta.getData() == null ? "" : meta.getData()));
                    }
                }
            }
        }
        return imports;
    }

    /**
     * The speaker of {@code <ignorable id="speaker">}: its source the label, its target (if any)
     * the rendering.
     */
    private static Speaker speaker(Path file, String place, Part part) {
        String prefix = read(file, place, part.getSource(), null).text();
        String label = Speaker.labelOf(prefix);
        String rendering =
                part.hasTarget()
                        ? Speaker.labelOf(read(file, place, part.getTarget(), null).text())
                        : label;
        if (label == null || rendering == null) {
            throw new BadInputException(
                    file, place, "the speaker <ignorable> does not end with ': '");
        }
        try {
            return new Speaker(label, rendering, Speaker.tokenOf(prefix));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, place, e.getMessage(), e);
        }
    }

    /**
     * The unit's {@code <mtc:match>}es whose {@code ref} is the segment ({@code #s1}), best first,
     * at most three.
     */
    private static List<TmMatch> matches(
            Path file, String place, net.sf.okapi.lib.xliff2.core.Unit xliff, String segmentId) {
        if (!xliff.hasMatch()) {
            return List.of();
        }
        List<TmMatch> matches = new ArrayList<>();
        for (Match match : xliff.getMatches()) {
            if (!(Match.MATCH_REF_PREFIX + segmentId).equals(match.getRef())
                    || match.getSource() == null
                    || match.getTarget() == null) {
                continue;
            }
            String source = read(file, place, match.getSource(), null).text();
            String target = read(file, place, match.getTarget(), null).text();
            double similarity = match.getSimilarity() == null ? 0 : match.getSimilarity();
            if (!source.isBlank() && !target.isBlank()) {
                matches.add(
                        new TmMatch(
                                (int) Math.max(0, Math.min(100, Math.floor(similarity))),
                                source,
                                target,
                                match.getOrigin() == null ? "" : match.getOrigin()));
            }
        }
        return matches.stream()
                .sorted(Comparator.comparingInt(TmMatch::score).reversed())
                .limit(SegmentPair.MAX_MATCHES)
                .toList();
    }

    private static BadInputException outside(Path file, String place) {
        return new BadInputException(
                file,
                place,
                "text outside the segments (an <ignorable> before the first or "
                        + "after the last <segment>) has no place in an Attaché unit");
    }

    private static String kind(String type) {
        if (type == null) {
            return "body";
        }
        return type.startsWith(Xliff21Writer.PREFIX)
                ? type.substring(Xliff21Writer.PREFIX.length())
                : type;
    }

    static State state(net.sf.okapi.lib.xliff2.core.Segment segment) {
        return switch (segment.getState()) {
            case INITIAL -> State.NEW;
            case TRANSLATED ->
                    Xliff21Writer.NEEDS_REVIEW.equals(segment.getSubState())
                            ? State.NEEDS_REVIEW
                            : State.TRANSLATED;
            case REVIEWED -> State.TRANSLATED;
            case FINAL -> State.FINAL;
        };
    }

    /**
     * The plain text of a fragment and, when a glossary is given, its term hits in the order they
     * open.
     */
    private static Content read(Path file, String place, Fragment fragment, Glossary glossary) {
        StringBuilder text = new StringBuilder();
        List<String> opened = new ArrayList<>();
        Map<String, Integer> starts = new HashMap<>();
        Map<String, Integer> ends = new HashMap<>();
        Map<String, String> refs = new HashMap<>();
        for (Object item : fragment) {
            if (item instanceof String plain) {
                text.append(plain);
            } else if (item instanceof MTag marker) {
                if (marker.getTagType() == TagType.OPENING
                        && TermMarkup.TERM.equals(marker.getType())) {
                    opened.add(marker.getId());
                    starts.put(marker.getId(), text.length());
                    refs.put(marker.getId(), marker.getRef());
                } else if (marker.getTagType() == TagType.CLOSING
                        && starts.containsKey(marker.getId())) {
                    ends.put(marker.getId(), text.length());
                }
            } else {
                throw new BadInputException(
                        file,
                        place,
                        "inline codes (<ph>, <pc>, <sc>, <ec>) are not supported "
                                + "in transcripts");
            }
        }
        List<TermHit> hits = new ArrayList<>();
        for (String marker : glossary == null ? List.<String>of() : opened) {
            int start = starts.get(marker);
            Integer end = ends.get(marker);
            if (end != null && end > start) {
                concept(glossary, marker, refs.get(marker))
                        .ifPresent(
                                concept ->
                                        hits.add(
                                                new TermHit(
                                                        concept,
                                                        start,
                                                        end,
                                                        text.substring(start, end))));
            }
        }
        return new Content(text.toString(), hits);
    }

    private static Optional<String> concept(Glossary glossary, String markerId, String ref) {
        for (GlossEntry entry : glossary) {
            boolean linked =
                    ref != null && ref.equals(TermMarkup.ENTRY_REF + entry.getId())
                            || ("#" + markerId).equals(entry.getRef());
            if (linked
                    && entry.getTerm() != null
                    && entry.getTerm().getSource() != null
                    && !entry.getTerm().getSource().isBlank()) {
                return Optional.of(entry.getTerm().getSource());
            }
        }
        return Optional.empty();
    }

    /**
     * Okapi's reason as one line, with the line and column (schema) or the file, group and unit
     * (other checks).
     */
    private static BadInputException refusal(Path file, RuntimeException e) {
        if (e.getCause() instanceof SAXParseException sax) {
            return new BadInputException(
                    file,
                    sax.getLineNumber() + ":" + sax.getColumnNumber(),
                    "not valid XLIFF 2: " + oneLine(sax.getMessage()),
                    e);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("Cannot load one of the XLIFF-related schemas")) {
            throw new IllegalStateException(
                    "Okapi's XLIFF 2 schemas do not load: " + oneLine(message), e);
        }
        Matcher context = CONTEXT.matcher(message);
        if (!context.matches()) {
            return new BadInputException(file, null, "not valid XLIFF 2: " + oneLine(message), e);
        }
        String place =
                context.group(1)
                        .replace("<", "")
                        .replace(">", "")
                        .replace(" id='", " ")
                        .replace("'", "")
                        .replace(" level ", " at level ");
        return new BadInputException(
                file, place, "not valid XLIFF 2: " + oneLine(context.group(2)), e);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private record Content(String text, List<TermHit> hits) {}
}
