package dev.attache.xliff;

import static java.util.Objects.requireNonNull;

import dev.attache.model.Note;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TargetOrigin;
import dev.attache.model.TermRenderings;
import dev.attache.model.TmMatch;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.model.WorksheetImport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Part;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.Store;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.matches.Match;
import net.sf.okapi.lib.xliff2.metadata.Meta;
import net.sf.okapi.lib.xliff2.metadata.MetaGroup;
import net.sf.okapi.lib.xliff2.metadata.Metadata;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Writes a {@link TranslationDocument} as XLIFF 2.1 through Okapi's XLIFF 2 {@link XLIFFWriter}:
 * one {@code <file id="f1">}, one {@code <unit>} per paragraph (its kind as {@code
 * type="attache:<kind>"}, {@code translate="no"} when it is kept but not translated), one {@code
 * <segment id="sN">} per sentence with the whitespace between them as {@code <ignorable>}s, the
 * states as XLIFF 2 states ({@code needs-review} as {@code translated} with {@code
 * subState="attache:needs-review"}), the notes with their author as {@code category}, and the term
 * hits as {@code <mrk type="term">} spans with the glossary module (see {@link TermMarkup}). A
 * speaker turn opens with {@code <ignorable id="speaker">}: its source is the label ({@code Sergey
 * Lavrov: }), its target the rendering ({@code С.В.Лавров: }), outside every segment. A target
 * filled from an exact memory match is {@code translated} with {@code
 * subState="attache:exact-match"}; fuzzy matches are {@code <mtc:match ref="#sN" similarity="NN"
 * origin="tm">} of the matches module, best first. What worksheet imports left in a segment ({@link
 * WorksheetImport}) is in the metadata module: {@code <mda:metaGroup category="attache:imported">}
 * with one {@code <mda:meta type="sN">} each, most recent first. The same document always gives the
 * same bytes.
 */
public final class Xliff21Writer {
    static final String VERSION = "2.1";
    static final String PREFIX = "attache:";
    static final String NEEDS_REVIEW = PREFIX + "needs-review";
    static final String EXACT_MATCH = PREFIX + "exact-match";
    static final String IMPORTED = PREFIX + "imported";

    /**
     * The id of the {@code <ignorable>} that holds a speaker turn's label before the first segment.
     */
    static final String SPEAKER_ID = "speaker";

    private static final Pattern NOT_NORMAL_SPACE =
            Pattern.compile("^[ \\t\\r\\n]|[ \\t\\r\\n]$|[ \\t\\r\\n]{2}|[\\t\\r\\n]");

    private final TermRenderings renderings;

    /** A writer that puts each concept's rendering into its {@code <gls:translation>}. */
    public Xliff21Writer(TermRenderings renderings) {
        this.renderings = requireNonNull(renderings, "renderings");
    }

    /**
     * Writes the document to {@code out} (UTF-8) as it goes, unit by unit; {@code out} is left
     * open.
     */
    public void write(TranslationDocument document, OutputStream out) throws IOException {
        Writer text =
                new BufferedWriter(
                        new OutputStreamWriter(
                                CloseShieldOutputStream.wrap(out), StandardCharsets.UTF_8));
        XLIFFWriter writer = new XLIFFWriter();
        try {
            writer.setLineBreak("\n");
            writer.setUseIndentation(true);
            writer.setWithOriginalData(false);
            String source = document.sourceLang().toLanguageTag();
            String target = document.targetLang().toLanguageTag();
            writer.create(text, source, target);
            StartXliffData start = new StartXliffData(VERSION);
            start.setSourceLanguage(source);
            start.setTargetLanguage(target);
            writer.writeStartDocument(start, null);
            StartFileData file = new StartFileData("f1");
            file.setOriginal(document.original());
            writer.writeStartFile(file);
            for (Unit unit : document.units()) {
                writer.writeUnit(toUnit(unit));
            }
            writer.writeEndFile();
            writer.writeEndDocument();
        } finally {
            writer.close();
            text.close();
        }
    }

    private net.sf.okapi.lib.xliff2.core.Unit toUnit(Unit unit) {
        var xliff = new net.sf.okapi.lib.xliff2.core.Unit(unit.id());
        xliff.setType(PREFIX + unit.kind());
        xliff.setTranslate(unit.translatable());
        TermMarkup terms = new TermMarkup(renderings);
        unit.speaker()
                .ifPresent(
                        speaker -> {
                            Part label = xliff.appendIgnorable();
                            label.setId(SPEAKER_ID);
                            label.getSource().append(speaker.sourcePrefix());
                            label.setTarget(speaker.targetPrefix());
                            label.setPreserveWS(true);
                        });
        for (int i = 0; i < unit.segments().size(); i++) {
            if (i > 0 && !unit.separators().get(i - 1).isEmpty()) {
                Part ignorable = xliff.appendIgnorable();
                String separator = unit.separators().get(i - 1);
                ignorable.getSource().append(separator);
                ignorable.setPreserveWS(needsPreserving(separator));
            }
            SegmentPair pair = unit.segments().get(i);
            Segment segment = xliff.appendSegment();
            segment.setId(pair.id().local());
            terms.appendSource(segment.getSource(), pair);
            boolean withTarget =
                    unit.translatable() && !(pair.target().isEmpty() && pair.state() == State.NEW);
            if (withTarget) {
                segment.setTarget(pair.target());
            }
            if (unit.translatable()) {
                segment.setState(state(pair.state()));
                segment.setSubState(subState(pair));
            }
            segment.setPreserveWS(
                    needsPreserving(pair.source()) || withTarget && needsPreserving(pair.target()));
            for (TmMatch match : unit.translatable() ? pair.matches() : List.<TmMatch>of()) {
                xliff.getMatches().add(match(pair, match));
            }
        }
        xliff.setGlossary(terms.glossary());
        if (unit.segments().stream().anyMatch(s -> !s.imports().isEmpty())) {
            xliff.setMetadata(imports(unit));
        }
        for (Note note : unit.notes()) {
            var xliffNote = new net.sf.okapi.lib.xliff2.core.Note(note.text());
            xliffNote.setCategory(note.from());
            xliff.addNote(xliffNote);
        }
        return xliff;
    }

    /**
     * The {@code <mda:metaGroup category="attache:imported">} of a unit: each segment's imports,
     * most recent first.
     */
    private static Metadata imports(Unit unit) {
        MetaGroup group = new MetaGroup(IMPORTED);
        for (SegmentPair pair : unit.segments()) {
            pair.imports()
                    .forEach(imported -> group.add(new Meta(pair.id().local(), imported.text())));
        }
        Metadata metadata = new Metadata();
        metadata.addGroup(group);
        return metadata;
    }

    /**
     * {@code attache:needs-review}, {@code attache:exact-match} for a target filled from the
     * memory, else none.
     */
    private static String subState(SegmentPair pair) {
        if (pair.state() == State.NEEDS_REVIEW) {
            return NEEDS_REVIEW;
        }
        return pair.origin() == TargetOrigin.EXACT_MATCH && pair.state() == State.TRANSLATED
                ? EXACT_MATCH
                : null;
    }

    /**
     * A fuzzy match as {@code <mtc:match ref="#sN" similarity="NN" origin="tm">} with its source
     * and target.
     */
    private static Match match(SegmentPair pair, TmMatch tm) {
        Match match = new Match();
        match.setRef(Match.MATCH_REF_PREFIX + pair.id().local());
        match.setSimilarity((double) tm.score());
        match.setOrigin(tm.origin().isEmpty() ? null : tm.origin());
        Store store = match.getStore();
        match.setSource(new Fragment(store, false, tm.source()));
        match.setTarget(new Fragment(store, true, tm.target()));
        return match;
    }

    static TargetState state(State state) {
        return switch (state) {
            case NEW -> TargetState.INITIAL;
            case TRANSLATED, NEEDS_REVIEW -> TargetState.TRANSLATED;
            case FINAL -> TargetState.FINAL;
        };
    }

    /**
     * Whitespace that an XML tool may collapse unless {@code xml:space="preserve"} says otherwise.
     */
    private static boolean needsPreserving(String text) {
        return NOT_NORMAL_SPACE.matcher(text).find();
    }
}
