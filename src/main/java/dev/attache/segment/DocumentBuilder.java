package dev.attache.segment;

import dev.attache.model.InlineTokens;
import dev.attache.model.Origin;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.Speaker;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.transcript.Paragraph;
import dev.attache.transcript.ParagraphKind;
import dev.attache.transcript.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a read transcript into a translation document: one unit per paragraph ({@code p<index>}),
 * translatable paragraphs split into sentences, the others kept whole. Boilerplate is left out
 * unless asked for, and then kept as non-translatable.
 */
public final class DocumentBuilder {
    private final SrxSegmenter segmenter;
    private final boolean keepBoilerplate;

    public DocumentBuilder(SrxSegmenter segmenter, boolean keepBoilerplate) {
        this.segmenter = segmenter;
        this.keepBoilerplate = keepBoilerplate;
    }

    public TranslationDocument build(Transcript transcript, String original, Locale targetLang) {
        return build(transcript, original, Origin.text(), targetLang);
    }

    public TranslationDocument build(
            Transcript transcript, String original, Origin origin, Locale targetLang) {
        List<Unit> units = new ArrayList<>();
        for (Paragraph paragraph : transcript.paragraphs()) {
            if (paragraph.kind() == ParagraphKind.BOILERPLATE && !keepBoilerplate) {
                continue;
            }
            units.add(unit(paragraph));
        }
        return new TranslationDocument(
                original, origin, Locale.forLanguageTag(transcript.language()), targetLang, units);
    }

    private Unit unit(Paragraph paragraph) {
        String id = "p" + paragraph.index();
        boolean translatable = paragraph.kind().translatable();
        SegmentedText text =
                translatable
                        ? pairsKeptTogether(segmenter.segment(paragraph.spokenText()))
                        : new SegmentedText(List.of(paragraph.text()), List.of());
        List<SegmentPair> segments = new ArrayList<>();
        for (String sentence : text.segments()) {
            segments.add(new SegmentPair(new SegmentId(id, segments.size() + 1), sentence));
        }
        return new Unit(
                id,
                paragraph.kind().id(),
                translatable,
                segments,
                text.separators(),
                List.of(),
                paragraph
                        .speaker()
                        .filter(s -> translatable)
                        .map(label -> Speaker.asWritten(label, paragraph.speakerToken())));
    }

    /**
     * The sentences with each pair of inline tokens ({@code {1}…{/1}}) inside one segment: a
     * sentence that opens a pair it does not close is joined with the next ones, up to the one that
     * closes it. Text without tokens is left as the rules cut it.
     */
    private static SegmentedText pairsKeptTogether(SegmentedText text) {
        List<String> segments = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        StringBuilder pending = new StringBuilder(text.segments().get(0));
        for (int i = 1; i < text.segments().size(); i++) {
            if (InlineTokens.balanced(pending.toString())) {
                segments.add(pending.toString());
                separators.add(text.separators().get(i - 1));
                pending.setLength(0);
            } else {
                pending.append(text.separators().get(i - 1));
            }
            pending.append(text.segments().get(i));
        }
        segments.add(pending.toString());
        return new SegmentedText(segments, separators);
    }
}
