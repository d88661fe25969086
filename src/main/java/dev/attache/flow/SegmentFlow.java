package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import dev.attache.OutputFile;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.glossary.SpeakerRenderer;
import dev.attache.glossary.TermAnnotator;
import dev.attache.memory.LeverageCounts;
import dev.attache.memory.Leverager;
import dev.attache.memory.TranslationMemory;
import dev.attache.model.Origin;
import dev.attache.model.SourceFormat;
import dev.attache.model.TermRenderings;
import dev.attache.model.TranslationDocument;
import dev.attache.qa.ExactMatchQa;
import dev.attache.qa.SegmentFinding;
import dev.attache.segment.DocumentBuilder;
import dev.attache.segment.SrxSegmenter;
import dev.attache.segment.TranslationCarrier;
import dev.attache.transcript.Paragraph;
import dev.attache.transcript.ParagraphKind;
import dev.attache.transcript.SpeakerLabels;
import dev.attache.transcript.Transcript;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.transcript.rich.RichSourceReader;
import dev.attache.xliff.FileDigest;
import dev.attache.xliff.OpenedXliff;
import dev.attache.xliff.XliffFiles;
import dev.attache.xliff.XliffFlavour;
import dev.attache.xliff.XliffUpdate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The {@code segment} flow: read a transcript, split it into sentences, mark the glossary terms,
 * and write one XLIFF file per target language. Where the XLIFF file exists already, its
 * translations whose source is unchanged are kept, and the previous file is kept as {@code .bak}; a
 * file that would not change is not rewritten. When a memory is chosen, each translatable segment
 * is looked up in it: an exact match fills an empty target, fuzzy matches are offered beside it.
 * {@link #plan} does all the reading and checking and writes nothing, {@link #write} writes.
 */
public final class SegmentFlow {
    private final WorkListener progress;

    public SegmentFlow() {
        this(WorkListener.silent());
    }

    /**
     * A flow that reports its steps (reading and segmenting the transcript, writing the XLIFF
     * files).
     */
    public SegmentFlow(WorkListener progress) {
        this.progress = requireNonNull(progress, "progress");
    }

    /**
     * What to segment, into which languages, and where to put the result ({@code output} only with
     * one language).
     */
    public record Request(
            Path transcript,
            List<Locale> targetLangs,
            Optional<Path> output,
            Path xliffDir,
            TranscriptOptions transcriptOptions,
            Optional<Path> srxFile,
            boolean keepBoilerplate,
            GlossaryChoice glossary,
            XliffChoice xliff,
            MemoryChoice memory,
            DocumentChoice document) {
        public Request {
            requireNonNull(document, "document");
            requireNonNull(transcript, "transcript");
            requireNonNull(output, "output");
            requireNonNull(xliffDir, "xliffDir");
            requireNonNull(transcriptOptions, "transcriptOptions");
            requireNonNull(srxFile, "srxFile");
            requireNonNull(glossary, "glossary");
            requireNonNull(xliff, "xliff");
            requireNonNull(memory, "memory");
            targetLangs = List.copyOf(new java.util.LinkedHashSet<>(targetLangs));
            if (targetLangs.isEmpty()) {
                throw new IllegalArgumentException("at least one target language is needed");
            }
            if (output.isPresent() && targetLangs.size() > 1) {
                throw new IllegalArgumentException(
                        "an output file can only be named for one target language");
            }
        }

        /** A request for a file read in the format its name says. */
        public Request(
                Path transcript,
                List<Locale> targetLangs,
                Optional<Path> output,
                Path xliffDir,
                TranscriptOptions transcriptOptions,
                Optional<Path> srxFile,
                boolean keepBoilerplate,
                GlossaryChoice glossary,
                XliffChoice xliff,
                MemoryChoice memory) {
            this(
                    transcript,
                    targetLangs,
                    output,
                    xliffDir,
                    transcriptOptions,
                    srxFile,
                    keepBoilerplate,
                    glossary,
                    xliff,
                    memory,
                    DocumentChoice.byFileName());
        }

        /** A request that leverages no memory. */
        public Request(
                Path transcript,
                List<Locale> targetLangs,
                Optional<Path> output,
                Path xliffDir,
                TranscriptOptions transcriptOptions,
                Optional<Path> srxFile,
                boolean keepBoilerplate,
                GlossaryChoice glossary,
                XliffChoice xliff) {
            this(
                    transcript,
                    targetLangs,
                    output,
                    xliffDir,
                    transcriptOptions,
                    srxFile,
                    keepBoilerplate,
                    glossary,
                    xliff,
                    new MemoryChoice.None());
        }

        /**
         * A request for XLIFF files that keep their version (1.2 for new ones), without copied
         * sources.
         */
        public Request(
                Path transcript,
                List<Locale> targetLangs,
                Optional<Path> output,
                Path xliffDir,
                TranscriptOptions transcriptOptions,
                Optional<Path> srxFile,
                boolean keepBoilerplate,
                GlossaryChoice glossary) {
            this(
                    transcript,
                    targetLangs,
                    output,
                    xliffDir,
                    transcriptOptions,
                    srxFile,
                    keepBoilerplate,
                    glossary,
                    XliffChoice.unchanged());
        }
    }

    /**
     * One XLIFF file to write (its update: an existing file locked and read once): its document and
     * flavour, what became of the translations it held before, and whether it changes (a new file
     * always does, and so does one written in another flavour), what the memory gave it (when one
     * was leveraged), and the QA findings on the targets its exact matches filled in.
     */
    public record Written(
            XliffUpdate update,
            TranslationDocument document,
            XliffFlavour flavour,
            int translationsKept,
            int translationsLeftBehind,
            boolean changes,
            Optional<LeverageCounts> leverage,
            List<SegmentFinding> exactMatchFindings) {
        public Written {
            requireNonNull(update, "update");
            requireNonNull(document, "document");
            requireNonNull(flavour, "flavour");
            requireNonNull(leverage, "leverage");
            exactMatchFindings = List.copyOf(exactMatchFindings);
        }

        public Written(
                XliffUpdate update,
                TranslationDocument document,
                XliffFlavour flavour,
                int translationsKept,
                int translationsLeftBehind,
                boolean changes) {
            this(
                    update,
                    document,
                    flavour,
                    translationsKept,
                    translationsLeftBehind,
                    changes,
                    Optional.empty(),
                    List.of());
        }

        public Path xliff() {
            return update.file();
        }
    }

    /**
     * The files to write, one per target language, the boilerplate left out, the glossary applied
     * (if any), the speaker labels that glossary lacks (each once; they stay as written), and for
     * an HTML page without an article or main element, the notice that its whole body is translated
     * (for a hard-wrapped text, that its lines were joined).
     */
    public record Result(
            Path transcriptFile,
            Transcript transcript,
            List<Written> written,
            List<Paragraph> boilerplateLeftOut,
            Optional<LoadedGlossary> glossary,
            List<String> speakersNotInGlossary,
            Optional<String> readingNotice)
            implements AutoCloseable {
        public Result {
            requireNonNull(transcriptFile, "transcriptFile");
            requireNonNull(transcript, "transcript");
            requireNonNull(glossary, "glossary");
            requireNonNull(readingNotice, "readingNotice");
            written = List.copyOf(written);
            boilerplateLeftOut = List.copyOf(boilerplateLeftOut);
            speakersNotInGlossary = List.copyOf(speakersNotInGlossary);
        }

        /**
         * Releases the locks of the files that existed (once they are written, or when nothing will
         * be).
         */
        @Override
        public void close() {
            written.forEach(file -> file.update().close());
        }
    }

    public Result run(Request request) {
        try (WorkListener.Task task = progress.start("segment", 2);
                Result planned = plan(request)) {
            task.advance(1);
            Result written = write(planned);
            task.advance(1);
            return written;
        }
    }

    /**
     * Reads and checks everything, and makes the documents; writes nothing. The files that exist
     * stay locked until the result is closed.
     */
    public Result plan(Request request) {
        CompletableFuture<Optional<LoadedGlossary>> loading =
                CompletableFuture.supplyAsync(request.glossary()::load);
        SrxSegmenter segmenter =
                request.srxFile().map(SrxSegmenter::fromFile).orElseGet(SrxSegmenter::english);
        SourceFormat format = request.document().formatOf(request.transcript());
        Optional<String> readingNotice = Optional.empty();
        RichSourceReader.Loaded loaded =
                new RichSourceReader()
                        .readAny(
                                request.transcript(),
                                format,
                                request.transcriptOptions(),
                                request.document().contentSelector());
        Transcript transcript = loaded.transcript();
        Origin origin = Origin.text();
        if (format.hasInlineCodes()) {
            origin =
                    new Origin(
                            format,
                            Optional.of(new FileDigest(request.transcript()).sha256()),
                            request.document().contentSelector());
        }
        if (loaded.wholeBody()) {
            readingNotice =
                    Optional.of(
                            request.transcript()
                                    + ": the page has no <article> or <main>: its "
                                    + "whole <body> is translated (choose the content with --content SELECTOR)");
        }
        if (loaded.wrappedLinesJoined() > 0) {
            readingNotice =
                    Optional.of(
                            request.transcript()
                                    + ": the text is hard-wrapped: "
                                    + loaded.wrappedLinesJoined()
                                    + " lines ending mid-sentence were joined to the next "
                                    + "(--paragraphs lines keeps every line apart)");
        }
        Optional<LoadedGlossary> glossary = loaded(loading);
        Optional<TermAnnotator> annotator =
                glossary.map(g -> new TermAnnotator(g.glossary(), transcript.language()));
        Optional<SpeakerRenderer> speakers =
                glossary.map(
                        g ->
                                new SpeakerRenderer(
                                        g.glossary(),
                                        transcript.language(),
                                        SpeakerLabels::person));
        var builder = new DocumentBuilder(segmenter, request.keepBoilerplate());
        String original = request.transcript().getFileName().toString();
        List<Written> written = new ArrayList<>();
        Optional<TranslationMemory> memory = request.memory().open();
        boolean planned = false;
        try {
            for (Locale target : request.targetLangs()) {
                if (target.getLanguage().equals(transcript.language())) {
                    throw new BadInputException(
                            request.transcript(),
                            "is in '"
                                    + transcript.language()
                                    + "' already: translate it into another language");
                }
                TranslationDocument built = builder.build(transcript, original, origin, target);
                TranslationDocument annotated = annotator.map(a -> a.annotate(built)).orElse(built);
                TranslationDocument fresh =
                        speakers.map(s -> s.render(annotated)).orElse(annotated);
                Path file =
                        request.output()
                                .orElseGet(
                                        () ->
                                                request.xliffDir()
                                                        .resolve(xliffName(transcript, target)));
                new OutputFile(file, true).notAmong(inputs(request));
                XliffUpdate update = XliffUpdate.begin(file);
                try {
                    XliffFlavour flavour =
                            request.xliff().flavourFor(update.earlier().map(OpenedXliff::version));
                    XliffFiles.checkVersionFits(fresh, file, flavour);
                    written.add(leveraged(carried(fresh, update, flavour), memory, glossary));
                } catch (RuntimeException e) {
                    update.close();
                    throw e;
                }
            }
            planned = true;
        } finally {
            memory.ifPresent(TranslationMemory::close);
            if (!planned) {
                written.forEach(file -> file.update().close());
            }
        }
        List<Paragraph> leftOut =
                request.keepBoilerplate()
                        ? List.of()
                        : transcript.paragraphs().stream()
                                .filter(p -> p.kind() == ParagraphKind.BOILERPLATE)
                                .toList();
        return new Result(
                request.transcript(),
                transcript,
                written,
                leftOut,
                glossary,
                speakers.map(SpeakerRenderer::unknown).orElse(List.of()),
                readingNotice);
    }

    /**
     * The glossary loaded beside the reading of the transcript (on another core: both are mostly
     * start-up), or the loader's own exception (a {@link BadInputException} for a bad termbase).
     */
    private static Optional<LoadedGlossary> loaded(
            CompletableFuture<Optional<LoadedGlossary>> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Writes the files that change; an existing one is kept as {@code .bak}. */
    public Result write(Result planned) {
        planned.written().forEach(file -> write(planned, file));
        return planned;
    }

    /**
     * Writes one file of {@code planned} if it changes (an existing one is kept as {@code .bak}),
     * and returns the SHA-256 of the file as it now is: of the bytes written, or of the earlier
     * file that did not change.
     */
    String write(Result planned, Written file) {
        if (!file.changes()) {
            return file.update().opened().sha256();
        }
        return file.update()
                .write(
                        file.document(),
                        file.flavour(),
                        planned.glossary()
                                .map(g -> g.glossary().renderings(file.document().targetLang()))
                                .orElseGet(TermRenderings::none),
                        true);
    }

    private record Carried(Written written, Optional<OpenedXliff> earlier) {}

    private static Carried carried(
            TranslationDocument fresh, XliffUpdate update, XliffFlavour flavour) {
        if (update.earlier().isEmpty()) {
            return new Carried(new Written(update, fresh, flavour, 0, 0, true), Optional.empty());
        }
        OpenedXliff earlier = update.opened();
        TranslationCarrier.Outcome outcome =
                new TranslationCarrier().carry(earlier.document(), fresh);
        return new Carried(
                new Written(
                        update,
                        outcome.document(),
                        flavour,
                        outcome.carried().kept(),
                        outcome.carried().leftBehind(),
                        changes(outcome.document(), earlier, flavour)),
                Optional.of(earlier));
    }

    /**
     * The file with the memory's matches offered and exact matches filled in (when a memory is
     * leveraged), and the exact matches QA-checked.
     */
    private static Written leveraged(
            Carried carried,
            Optional<TranslationMemory> memory,
            Optional<LoadedGlossary> glossary) {
        Written file = carried.written();
        if (memory.isEmpty()) {
            return file;
        }
        ExactMatchQa.Checked checked =
                ExactMatchQa.check(
                        new Leverager(memory.get()).leverage(file.document()),
                        glossary.map(LoadedGlossary::glossary));
        TranslationDocument document = checked.document();
        boolean changes =
                carried.earlier().map(e -> changes(document, e, file.flavour())).orElse(true);
        return new Written(
                file.update(),
                document,
                file.flavour(),
                file.translationsKept(),
                file.translationsLeftBehind(),
                changes,
                Optional.of(LeverageCounts.of(memory.get().location(), document)),
                checked.findings());
    }

    private static boolean changes(
            TranslationDocument document, OpenedXliff earlier, XliffFlavour flavour) {
        return !XliffFiles.sameContent(document, earlier.document())
                || flavour.copySource()
                || earlier.version() != flavour.version();
    }

    /** The files the request reads: an XLIFF file written over one of them would lose it. */
    private static List<Path> inputs(Request request) {
        return Stream.concat(Stream.of(request.transcript()), request.srxFile().stream()).toList();
    }

    /** {@code lavrov-aliyev-2023-02-27.en-ru.xlf}. */
    static String xliffName(Transcript transcript, Locale target) {
        return transcript.name()
                + "."
                + transcript.language()
                + "-"
                + target.toLanguageTag()
                + ".xlf";
    }
}
