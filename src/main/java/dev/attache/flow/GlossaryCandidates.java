package dev.attache.flow;

import dev.attache.glossary.Glossary;
import dev.attache.glossary.NameCandidates;
import dev.attache.model.SourceFormat;
import dev.attache.transcript.Paragraph;
import dev.attache.transcript.ParagraphKind;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.transcript.rich.RichSourceReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code glossary candidates} flow: the names in English transcripts (text, HTML, DOCX) that
 * the glossary does not hold, gathered from every paragraph but the page's boilerplate.
 */
public final class GlossaryCandidates {
    public NameCandidates run(List<Path> transcripts, Glossary glossary) {
        NameCandidates names = new NameCandidates(glossary);
        RichSourceReader reader = new RichSourceReader();
        for (Path file : transcripts) {
            for (Paragraph paragraph :
                    reader.readAny(
                                    file,
                                    SourceFormat.ofFile(file),
                                    TranscriptOptions.defaults(),
                                    Optional.empty())
                            .transcript()
                            .paragraphs()) {
                if (paragraph.kind() != ParagraphKind.BOILERPLATE) {
                    names.add(file.toString(), paragraph.text());
                }
            }
        }
        return names;
    }
}
