package dev.attache.deliver;

import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.transcript.ParagraphKind;
import dev.attache.transcript.TextLayout;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.transcript.TranscriptReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Merges into a plain-text transcript: every unit in document order, one paragraph per line (a
 * blank line between paragraphs where the original has them), each translatable paragraph its
 * targets joined by the whitespace that stood between the source sentences and a speaker turn
 * opened by its rendered label ({@code С.В.Лавров: …}), the others as they were; boilerplate kept
 * in the XLIFF is left out. UTF-8, with the original's line ending, and a line ending after the
 * last paragraph.
 */
final class TextTranscriptMerger implements TranscriptMerger {
    @Override
    public void merge(TranslationDocument document, Path original, OutputStream out)
            throws IOException {
        TextLayout layout =
                new TranscriptReader().load(original, TranscriptOptions.defaults()).layout();
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        boolean first = true;
        for (Unit unit : document.units()) {
            if (unit.kind().equals(ParagraphKind.BOILERPLATE.id())) {
                continue;
            }
            if (!first) {
                text.write(layout.paragraphSeparator());
            }
            text.write(unit.translatable() ? unit.targetParagraph() : unit.sourceParagraph());
            first = false;
        }
        text.write(layout.lineEnding());
        text.flush();
    }
}
