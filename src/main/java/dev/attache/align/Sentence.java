package dev.attache.align;

import static java.util.Objects.requireNonNull;

import dev.attache.model.SegmentPair;
import dev.attache.model.Speaker;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a side to align: its text, the paragraph it is in ({@code p5}) and that
 * paragraph's kind ({@code title}, {@code body}, …) and whether that is translated (a document
 * number, a page's footer are not), whether it opens the paragraph, and whether it is a speaker
 * label ("Sergey Lavrov:", taken out of its paragraph as a sentence of its own). {@link
 * #toString()} is the text: Okapi's Gale–Church scorer measures a sentence by it.
 */
public record Sentence(
        String text,
        String paragraph,
        String kind,
        boolean translatable,
        boolean opensParagraph,
        boolean label) {

    public Sentence {
        requireNonNull(text, "text");
        requireNonNull(paragraph, "paragraph");
        requireNonNull(kind, "kind");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a sentence to align is blank, in " + paragraph);
        }
    }

    /**
     * The sentences of a segmented document, in order: each unit's speaker label (as written, with
     * its colon), then its segments' sources; the dash that opens an interview's turn ("- Dear
     * Sergey Viktorovich, …") is no label but stays before the turn's first sentence, a dash and a
     * space, as {@code merge} writes it back. Non-translatable units (a document number) count too:
     * the other version has them as well.
     */
    public static List<Sentence> of(TranslationDocument document) {
        List<Sentence> sentences = new ArrayList<>();
        for (Unit unit : document.units()) {
            boolean opens = true;
            String before = "";
            if (unit.speaker().isPresent()) {
                Speaker speaker = unit.speaker().get();
                if (speaker.dash()) {
                    before = speaker.sourcePrefix();
                } else {
                    sentences.add(
                            new Sentence(
                                    speaker.label() + ":",
                                    unit.id(),
                                    unit.kind(),
                                    unit.translatable(),
                                    true,
                                    true));
                    opens = false;
                }
            }
            for (SegmentPair segment : unit.segments()) {
                if (!segment.source().isBlank()) {
                    sentences.add(
                            new Sentence(
                                    before + segment.source().strip(),
                                    unit.id(),
                                    unit.kind(),
                                    unit.translatable(),
                                    opens,
                                    false));
                    opens = false;
                    before = "";
                }
            }
        }
        return sentences;
    }

    @Override
    public String toString() {
        return text;
    }
}
