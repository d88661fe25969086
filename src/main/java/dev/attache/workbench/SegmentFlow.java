package dev.attache.workbench;

import static java.util.Objects.requireNonNull;

import dev.attache.glossary.LoadedGlossary;
import dev.attache.segment.SrxSegmenter;
import dev.attache.transcript.Paragraph;
import dev.attache.transcript.ParagraphKind;
import dev.attache.transcript.Transcript;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.transcript.TranscriptReader;
import dev.attache.xliff.TranslationDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code segment} flow: read a transcript, split it into sentences, write one XLIFF file per target language. */
public final class SegmentFlow {
    /** What to segment, into which languages, and where to put the result ({@code output} only with one language). */
    public record Request(Path transcript, List<Locale> targetLangs, Optional<Path> output, Path xliffDir,
                          TranscriptOptions transcriptOptions, Optional<Path> srxFile, boolean keepBoilerplate,
                          GlossaryChoice glossary) {
        public Request {
            requireNonNull(glossary, "glossary");
            requireNonNull(transcript, "transcript");
            requireNonNull(output, "output");
            requireNonNull(xliffDir, "xliffDir");
            requireNonNull(transcriptOptions, "transcriptOptions");
            requireNonNull(srxFile, "srxFile");
            targetLangs = List.copyOf(targetLangs);
            if (targetLangs.isEmpty()) {
                throw new IllegalArgumentException("at least one target language is needed");
            }
            if (output.isPresent() && targetLangs.size() > 1) {
                throw new IllegalArgumentException("an output file can only be named for one target language");
            }
        }
    }

    /**
     * The documents made and the files written, one per target language, the boilerplate left out, and the
     * glossary applied (empty with {@code --no-glossary}).
     */
    public record Result(Transcript transcript, List<TranslationDocument> documents, List<Path> written,
                         List<Paragraph> boilerplateLeftOut, Optional<LoadedGlossary> glossary) {
        public Result {
            requireNonNull(glossary, "glossary");
            documents = List.copyOf(documents);
            written = List.copyOf(written);
            boilerplateLeftOut = List.copyOf(boilerplateLeftOut);
        }
    }

    public Result run(Request request) {
        SrxSegmenter segmenter = request.srxFile().map(SrxSegmenter::fromFile).orElseGet(SrxSegmenter::english);
        Transcript transcript = new TranscriptReader().read(request.transcript(), request.transcriptOptions());
        Optional<LoadedGlossary> glossary = request.glossary().load();
        Optional<TermAnnotator> annotator = glossary.map(g -> new TermAnnotator(g.glossary(), transcript.language()));
        var builder = new DocumentBuilder(segmenter, request.keepBoilerplate());
        String original = request.transcript().getFileName().toString();
        List<TranslationDocument> documents = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        for (Locale target : request.targetLangs()) {
            TranslationDocument built = builder.build(transcript, original, target);
            TranslationDocument document = annotator.map(a -> a.annotate(built)).orElse(built);
            Path file = request.output().orElseGet(() -> request.xliffDir().resolve(xliffName(transcript, target)));
            XliffFiles.write(document, file, false);
            documents.add(document);
            written.add(file);
        }
        List<Paragraph> leftOut = request.keepBoilerplate() ? List.of()
                : transcript.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.BOILERPLATE).toList();
        return new Result(transcript, documents, written, leftOut, glossary);
    }

    /** {@code lavrov-aliyev-2023-02-27.en-ru.xlf}. */
    static String xliffName(Transcript transcript, Locale target) {
        return transcript.name() + "." + transcript.language() + "-" + target.toLanguageTag() + ".xlf";
    }
}
