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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.annotation.XLIFFContextGroup;
import net.sf.okapi.common.encoder.EncoderManager;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.query.MatchType;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.common.resource.TextUnit;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * The XLIFF 1.2 writer Attaché used until December 2026, through Okapi's {@link XLIFFWriter}, kept
 * as the oracle {@link Xliff12Writer} must agree with byte for byte ({@code
 * Xliff12WriterProperties}). Okapi's writer builds a text unit of objects per paragraph and runs a
 * line-break regex over every piece it writes: at 1 M words it took 2.5–3 s of the import on one
 * core, against a fraction of a second for the writer that replaced it.
 */
final class OkapiXliff12Writer {
    private static final String SEGMENT_STATES = Xliff12Writer.SEGMENT_STATES;
    private static final String KIND_PREFIX = Xliff12Writer.KIND_PREFIX;
    private static final String ORIGIN_PREFIX = Xliff12Writer.ORIGIN_PREFIX;
    private static final String IMPORTED_PREFIX = Xliff12Writer.IMPORTED_PREFIX;
    private static final String SPEAKER_CODE_TYPE = Xliff12Writer.SPEAKER_CODE_TYPE;

    /**
     * Writes the document to {@code out} (UTF-8) as it goes, unit by unit; {@code out} is left
     * open. The root declares Okapi's {@code okp:} namespace, as Okapi's writer always does.
     */
    public void write(TranslationDocument document, OutputStream out) throws IOException {
        LocaleId source = LocaleId.fromBCP47(document.sourceLang().toLanguageTag());
        LocaleId target = LocaleId.fromBCP47(document.targetLang().toLanguageTag());
        XLIFFWriter writer = new XLIFFWriter();
        try {
            var params = writer.getParameters();
            params.setIncludeNoTranslate(true);
            params.setCopySource(false);
            params.setCreateEmptyTarget(false);
            params.setIncludeIts(false);
            params.setIncludeAltTrans(true);
            params.setPlaceholderMode(false);
            params.setIncludeCodeAttrs(true);
            params.setToolId("attache");
            params.setToolName("Attaché");
            writer.setOutput(CloseShieldOutputStream.wrap(out));
            String datatype = document.origin().format().datatype();
            writer.create(null, null, source, target, datatype, document.original(), null);
            writer.writeStartFile(
                    document.original(), datatype, null, OriginNotes.xml(document.origin()));
            boolean codes = document.origin().format().hasInlineCodes();
            // the context groups' encoders, made once for the document rather than once a unit
            EncoderManager encoders = new XLIFFWriter().getEncoderManager();
            for (Unit unit : document.units()) {
                writer.writeTextUnit(toTextUnit(unit, source, target, codes, encoders));
            }
            writer.writeEndFile();
        } finally {
            writer.close();
        }
    }

    private static ITextUnit toTextUnit(
            Unit unit, LocaleId source, LocaleId target, boolean codes, EncoderManager encoders) {
        TextUnit tu = new TextUnit(unit.id());
        tu.setType(KIND_PREFIX + unit.kind());
        tu.setIsTranslatable(unit.translatable());
        tu.setPreserveWhitespaces(true);
        tu.setSource(
                container(
                        unit,
                        SegmentPair::source,
                        unit.speaker().map(Speaker::sourcePrefix),
                        codes));
        if (unit.translatable()) {
            TextContainer targetContainer =
                    container(
                            unit,
                            SegmentPair::target,
                            unit.speaker().map(Speaker::targetPrefix),
                            codes);
            State state = unitState(unit);
            targetContainer.setProperty(new Property(Property.STATE, state.xliff12()));
            if (state == State.FINAL) {
                targetContainer.setProperty(new Property(Property.APPROVED, "yes"));
            }
            if (allExactMatches(unit)) {
                targetContainer.setProperty(
                        new Property(Property.STATE_QUALIFIER, TargetOrigin.XLIFF12_EXACT));
            }
            addMatches(unit, targetContainer, source, target);
            tu.setTarget(target, targetContainer);
            if (!sameStateEverywhere(unit) || mixedOrigins(unit) || remembersImports(unit)) {
                tu.setAnnotation(segmentStates(unit, encoders));
            }
        }
        if (!unit.notes().isEmpty()) {
            NoteAnnotation notes = new NoteAnnotation();
            for (Note note : unit.notes()) {
                var okapiNote = new net.sf.okapi.common.annotation.Note(note.text());
                okapiNote.setFrom(note.from());
                notes.add(okapiNote);
            }
            tu.setAnnotation(notes);
        }
        return tu;
    }

    private static TextContainer container(
            Unit unit,
            java.util.function.Function<SegmentPair, String> text,
            Optional<String> speakerPrefix,
            boolean codes) {
        List<TextPart> parts = new ArrayList<>();
        speakerPrefix.ifPresent(prefix -> parts.add(new TextPart(speakerCode(prefix))));
        for (int i = 0; i < unit.segments().size(); i++) {
            if (i > 0) {
                parts.add(new TextPart(unit.separators().get(i - 1)));
            }
            SegmentPair pair = unit.segments().get(i);
            String content = text.apply(pair);
            parts.add(
                    new Segment(
                            pair.id().local(),
                            codes ? toFragment(content) : new TextFragment(content)));
        }
        TextContainer container = new TextContainer(parts.toArray(TextPart[]::new));
        container.setHasBeenSegmentedFlag(true);
        return container;
    }

    /**
     * The text as an Okapi fragment: each pair of tokens an opening and a closing code, each lone
     * token a placeholder, all with the token's number as id.
     */
    private static TextFragment toFragment(String text) {
        TextFragment fragment = new TextFragment();
        List<InlineTokens.Token> tokens = InlineTokens.of(text);
        Set<Integer> closed = new HashSet<>();
        tokens.stream().filter(InlineTokens.Token::closing).forEach(t -> closed.add(t.number()));
        int at = 0;
        for (InlineTokens.Token token : tokens) {
            fragment.append(text.substring(at, token.start()));
            TextFragment.TagType type =
                    token.closing()
                            ? TextFragment.TagType.CLOSING
                            : closed.contains(token.number())
                                    ? TextFragment.TagType.OPENING
                                    : TextFragment.TagType.PLACEHOLDER;
            fragment.append(type, "x-attache", "", token.number());
            at = token.end();
        }
        fragment.append(text.substring(at));
        return fragment;
    }

    /**
     * The speaker label as a placeholder outside the segments: {@code <ph id="1"
     * ctype="x-speaker">Sergey Lavrov: </ph>} before the first {@code <mrk mtype="seg">}, so that
     * no segment holds it and tools keep it as it is.
     */
    private static TextFragment speakerCode(String prefix) {
        TextFragment fragment = new TextFragment();
        Code code = new Code(TextFragment.TagType.PLACEHOLDER, SPEAKER_CODE_TYPE, prefix);
        code.setDisplayText(prefix);
        fragment.append(code);
        return fragment;
    }

    // what to write where is decided as the writer decides it: the oracle checks how it is written
    private static State unitState(Unit unit) {
        return Xliff12Writer.unitState(unit);
    }

    private static boolean sameStateEverywhere(Unit unit) {
        return Xliff12Writer.sameStateEverywhere(unit);
    }

    private static boolean allExactMatches(Unit unit) {
        return Xliff12Writer.allExactMatches(unit);
    }

    private static boolean mixedOrigins(Unit unit) {
        return Xliff12Writer.mixedOrigins(unit);
    }

    private static boolean remembersImports(Unit unit) {
        return Xliff12Writer.remembersImports(unit);
    }

    /**
     * Each segment's fuzzy matches as {@code <alt-trans mid="sN" match-quality="NN" origin="tm">},
     * best first.
     */
    private static void addMatches(
            Unit unit, TextContainer targetContainer, LocaleId source, LocaleId target) {
        for (SegmentPair pair : unit.segments()) {
            if (pair.matches().isEmpty()) {
                continue;
            }
            AltTranslationsAnnotation alternatives = new AltTranslationsAnnotation();
            for (TmMatch match : pair.matches()) {
                alternatives.add(
                        source,
                        target,
                        new TextFragment(pair.source()),
                        new TextFragment(match.source()),
                        new TextFragment(match.target()),
                        MatchType.UKNOWN,
                        match.score(),
                        match.origin());
            }
            targetContainer.getSegments().get(pair.id().local()).setAnnotation(alternatives);
        }
    }

    private static XLIFFContextGroup segmentStates(Unit unit, EncoderManager encoders) {
        List<XLIFFContextGroup.Context> contexts = new ArrayList<>();
        // a group there only for what imports left needs no states: the target's state is every
        // segment's
        boolean withStates = !sameStateEverywhere(unit) || mixedOrigins(unit);
        for (SegmentPair pair : withStates ? unit.segments() : List.<SegmentPair>of()) {
            var context =
                    new XLIFFContextGroup.Context(
                            encoders, KIND_PREFIX + "state-" + pair.id().local(), null, null);
            context.value(pair.state().xliff12());
            contexts.add(context);
        }
        for (SegmentPair pair : unit.segments()) {
            if (pair.origin() == TargetOrigin.EXACT_MATCH) {
                var context =
                        new XLIFFContextGroup.Context(
                                encoders, ORIGIN_PREFIX + pair.id().local(), null, null);
                context.value(TargetOrigin.XLIFF12_EXACT);
                contexts.add(context);
            }
        }
        for (SegmentPair pair : unit.segments()) {
            for (WorksheetImport imported : pair.imports()) {
                var context =
                        new XLIFFContextGroup.Context(
                                encoders, IMPORTED_PREFIX + pair.id().local(), null, null);
                context.value(imported.text());
                contexts.add(context);
            }
        }
        return new XLIFFContextGroup(
                encoders, SEGMENT_STATES + "-" + unit.id(), "information", null, contexts);
    }
}
