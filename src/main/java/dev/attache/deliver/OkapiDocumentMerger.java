package dev.attache.deliver;

import dev.attache.model.InlineTokens;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.transcript.rich.OpenedSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Merges into an HTML page or a Word document through the Okapi filter that read it and that
 * filter's own writer: the original is read again the way {@code prepare} read it, each of its
 * paragraphs gets the target of the unit of the same number (its tokens turned back into the
 * original's own tags and runs), and everything else (the page's header, navigation, footer and
 * scripts; the document's styles) is written back as it was. The page's {@code lang} and declared
 * charset become the target's; the output is UTF-8.
 */
final class OkapiDocumentMerger implements TranscriptMerger {
    @Override
    public void merge(TranslationDocument document, Path original, OutputStream out)
            throws IOException {
        LocaleId source = LocaleId.fromBCP47(document.sourceLang().toLanguageTag());
        LocaleId target = LocaleId.fromBCP47(document.targetLang().toLanguageTag());
        try (OpenedSource opened =
                        OpenedSource.open(
                                original,
                                document.origin().format(),
                                document.origin().contentSelector(),
                                source,
                                target);
                IFilterWriter writer = opened.filter().createFilterWriter()) {
            writer.setOptions(target, StandardCharsets.UTF_8.name());
            writer.setOutput(CloseShieldOutputStream.wrap(out));
            int paragraph = 0;
            while (opened.filter().hasNext()) {
                Event event = opened.filter().next();
                if (opened.isParagraph(event)) {
                    paragraph++;
                    translate(
                            event.getTextUnit(),
                            document.unit("p" + paragraph).orElse(null),
                            target);
                }
                writer.handleEvent(event);
            }
        }
    }

    /**
     * The unit's target in the text unit, after the rendered speaker label of a turn (inside the
     * original's bold when the label was bold: {@code {1}С.В.Лавров:{/1} }); a paragraph without a
     * translatable unit keeps its source.
     */
    private static void translate(ITextUnit textUnit, Unit unit, LocaleId target) {
        if (unit == null || !unit.translatable()) {
            return;
        }
        textUnit.setTargetContent(
                target,
                InlineTokens.restore(
                        unit.targetParagraph(), textUnit.getSource().getUnSegmentedContentCopy()));
    }
}
