package dev.attache.transcript.rich;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import dev.attache.model.InlineTokens;
import dev.attache.model.SourceFormat;
import dev.attache.transcript.LoadedTranscript;
import dev.attache.transcript.Paragraph;
import dev.attache.transcript.ParagraphClassifier;
import dev.attache.transcript.ParagraphKind;
import dev.attache.transcript.SpeakerLabels;
import dev.attache.transcript.TextLayout;
import dev.attache.transcript.Transcript;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.transcript.TranscriptReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextFragment;

/**
 * Reads an HTML page or a Word document into a {@link Transcript}: each paragraph Okapi's filter
 * extracts (a heading, a paragraph, a list item, a table cell) in document order, its inline codes
 * as tokens ({@code {1}Sergey Lavrov:{/1} We…}), each given its kind as in a text transcript
 * (judged on its words alone), and its speaker where it opens with a label and its colon, bare or
 * as the whole of a bold pair ({@link SpeakerLabels}; a label in italics or a link is no turn).
 */
public final class RichSourceReader {
    private static final Pattern WHITESPACE = Pattern.compile("[ \t\r\n\f]+");
    private static final Pattern NAME_LANGUAGE =
            Pattern.compile("(.+)\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\\.(?i:html?|docx)");

    /**
     * What was read, whether the whole body of an HTML page was taken for want of an article or
     * main, and how many hard-wrapped lines of a text file without blank lines were joined (see
     * {@link TextLayout#wrappedLinesJoined}).
     */
    public record Loaded(
            Transcript transcript,
            boolean wholeBody,
            String contentElement,
            int wrappedLinesJoined) {
        public Loaded {
            requireNonNull(transcript, "transcript");
            requireNonNull(contentElement, "contentElement");
        }
    }

    /**
     * A source transcript in any format: plain text through {@link TranscriptReader} with {@code
     * textOptions}, HTML and DOCX through this reader with {@code contentSelector}. The one place
     * that chooses between the two.
     */
    public Loaded readAny(
            Path file,
            SourceFormat format,
            TranscriptOptions textOptions,
            Optional<String> contentSelector) {
        if (format.hasInlineCodes()) {
            return read(file, format, contentSelector);
        }
        LoadedTranscript text = new TranscriptReader().load(file, textOptions);
        return new Loaded(text.transcript(), false, "", text.layout().wrappedLinesJoined());
    }

    public Loaded read(Path file, SourceFormat format, Optional<String> contentSelector) {
        FileName name = FileName.of(file);
        LocaleId source = LocaleId.fromBCP47(name.language());
        List<String> texts = new ArrayList<>();
        List<Boolean> opensBold = new ArrayList<>();
        try (OpenedSource document =
                OpenedSource.open(file, format, contentSelector, source, LocaleId.EMPTY)) {
            while (document.filter().hasNext()) {
                Event event = document.filter().next();
                if (document.isParagraph(event)) {
                    texts.add(paragraphText(event.getTextUnit()));
                    opensBold.add(opensBold(event.getTextUnit()));
                }
            }
            if (!document.contentFound()) {
                throw new BadInputException(
                        file, document.contentElement(), "the filter found no such element");
            }
            if (texts.isEmpty()) {
                throw new BadInputException(
                        file, document.contentElement(), "has no text to translate");
            }
            List<ParagraphKind> kinds =
                    new ParagraphClassifier(name.language())
                            .classifyOneLineEach(
                                    texts.stream().map(InlineTokens::stripped).toList());
            List<Optional<String>> speakers = SpeakerLabels.withInlineTokens().find(texts, kinds);
            List<Paragraph> paragraphs = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                Paragraph paragraph =
                        new Paragraph(i + 1, kinds.get(i), texts.get(i), speakers.get(i));
                boolean labelInOtherCodes = paragraph.speakerToken() != 0 && !opensBold.get(i);
                paragraphs.add(
                        labelInOtherCodes
                                ? new Paragraph(i + 1, kinds.get(i), texts.get(i))
                                : paragraph);
            }
            return new Loaded(
                    new Transcript(name.name(), name.language(), paragraphs),
                    document.wholeBody(),
                    document.contentElement(),
                    0);
        } catch (OkapiException e) {
            throw new BadInputException(file, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The unit's text with its codes as tokens, on one line: each run of whitespace is one space,
     * as a browser shows it (a no-break space is kept).
     */
    static String paragraphText(ITextUnit unit) {
        return WHITESPACE
                .matcher(InlineTokens.fromFragment(unit.getSource().getUnSegmentedContentCopy()))
                .replaceAll(" ")
                .strip();
    }

    /**
     * Whether the unit's text opens with a bold code ({@code <b>}, {@code <strong>}, a bold Word
     * run): only a label in bold is a speaker turn, not one in italics or a link.
     */
    static boolean opensBold(ITextUnit unit) {
        TextFragment text = unit.getSource().getUnSegmentedContentCopy();
        String coded = text.getCodedText().stripLeading();
        if (coded.isEmpty() || !TextFragment.isMarker(coded.charAt(0))) {
            return false;
        }
        Code first = text.getCode(coded.charAt(1));
        String type = first.getType() == null ? "" : first.getType();
        return type.equals(Code.TYPE_BOLD)
                || List.of(type.split(";")).contains("x-bold")
                || first.getData().toLowerCase(Locale.ROOT).startsWith("<strong");
    }

    /**
     * {@code page.en.html} gives {@code page} and {@code en}; a file without a language tag is
     * English.
     */
    private record FileName(String name, String language) {
        static FileName of(Path file) {
            String fileName = file.getFileName().toString();
            Matcher tagged = NAME_LANGUAGE.matcher(fileName);
            if (tagged.matches()) {
                return new FileName(tagged.group(1), tagged.group(2));
            }
            int dot = fileName.lastIndexOf('.');
            return new FileName(dot > 0 ? fileName.substring(0, dot) : fileName, "en");
        }
    }
}
