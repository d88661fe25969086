package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import dev.attache.OutputFile;
import dev.attache.Severity;
import dev.attache.align.Alignment;
import dev.attache.align.Sentence;
import dev.attache.align.SentenceAlignment;
import dev.attache.glossary.Glossary;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.glossary.TermAnnotator;
import dev.attache.memory.AddSummary;
import dev.attache.memory.LanguagePair;
import dev.attache.memory.MemoryEntry;
import dev.attache.memory.TranslationMemory;
import dev.attache.model.SourceFormat;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.qa.QaCheck;
import dev.attache.qa.SegmentFinding;
import dev.attache.qa.SegmentQa;
import dev.attache.segment.DocumentBuilder;
import dev.attache.segment.SrxSegmenter;
import dev.attache.transcript.Transcript;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.transcript.rich.RichSourceReader;
import dev.attache.xliff.FileDigest;
import dev.attache.xliff.XliffFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code align} flow: an English transcript and its published translation, each read and
 * segmented as {@code prepare} reads an English one (text, HTML, DOCX; boilerplate kept, since the
 * other version may have it too), their sentences aligned ({@link SentenceAlignment#anchored}), the
 * pairs written as an XLIFF file (one segment pair per aligned pair) and a review worksheet. The
 * confident pairs are QA-checked as an import checks a row: one with a QA error becomes doubtful.
 * With a memory, the confident pairs that pass go into it at once.
 */
public final class AlignFlow {
    /** An English file and the file of its translation. */
    public record FilePair(Path english, Path target) {
        public FilePair {
            requireNonNull(english, "english");
            requireNonNull(target, "target");
        }
    }

    /**
     * The file pairs, the target language, the XLIFF file to write (one pair only; default {@code
     * <xliffDir>/<name>.en-<lang>.aligned.xlf}), where worksheets go, the glossary, the memory to
     * add the confident pairs to (if any), how to read text files, and whether existing worksheets
     * may be replaced.
     */
    public record Request(
            List<FilePair> files,
            Locale targetLang,
            Optional<Path> output,
            Path xliffDir,
            Path worksheetDir,
            GlossaryChoice glossary,
            Optional<Path> memory,
            TranscriptOptions transcriptOptions,
            boolean replaceWorksheets) {
        public Request {
            files = List.copyOf(files);
            requireNonNull(targetLang, "targetLang");
            requireNonNull(output, "output");
            requireNonNull(xliffDir, "xliffDir");
            requireNonNull(worksheetDir, "worksheetDir");
            requireNonNull(glossary, "glossary");
            requireNonNull(memory, "memory");
            requireNonNull(transcriptOptions, "transcriptOptions");
            if (files.isEmpty()) {
                throw new IllegalArgumentException("at least one pair of files is needed");
            }
            if (output.isPresent() && files.size() > 1) {
                throw new IllegalArgumentException(
                        "an output file can only be named for one pair of files");
            }
        }
    }

    /**
     * One pair of files aligned: the pairs, the document written (QA-checked), the confident pairs
     * a QA error made doubtful, and the files written.
     */
    public record Aligned(
            FilePair files,
            Alignment alignment,
            TranslationDocument document,
            int qaDemoted,
            Path xliff,
            Path worksheet) {
        public Aligned {
            requireNonNull(files, "files");
            requireNonNull(alignment, "alignment");
            requireNonNull(document, "document");
            requireNonNull(xliff, "xliff");
            requireNonNull(worksheet, "worksheet");
        }

        /**
         * {@code aligned a.en.txt with a.ru.txt: 28 pairs (1:1 25, 2:1 1, 1:2 1, 1:0 1, 0:1 0), 26
         * confident}, and the confident pairs a QA error made doubtful, if any.
         */
        public String line() {
            return "aligned %s with %s: %d pairs (1:1 %d, 2:1 %d, 1:2 %d, 1:0 %d, 0:1 %d), %d confident%s"
                    .formatted(
                            files.english(),
                            files.target(),
                            alignment.pairs().size(),
                            alignment.ofShape("1:1"),
                            alignment.ofShape("2:1"),
                            alignment.ofShape("1:2"),
                            alignment.ofShape("1:0"),
                            alignment.ofShape("0:1"),
                            alignment.confident() - qaDemoted,
                            qaDemoted > 0
                                    ? " (" + qaDemoted + " more with QA errors, left for review)"
                                    : "");
        }
    }

    /** Every pair of files aligned, and what adding to the memory did (when one was named). */
    public record Result(List<Aligned> aligned, Optional<TmAddFlow.Result> memory) {
        public Result {
            aligned = List.copyOf(aligned);
            requireNonNull(memory, "memory");
        }
    }

    /**
     * The files of two folders paired by name: {@code x.en.txt} (or {@code x.txt}) in the English
     * folder with {@code x.<lang>.txt} (or {@code x.txt}) in the other, any extension; English
     * files without a partner are left out. None paired is a {@link BadInputException}.
     */
    public static List<FilePair> pairedByName(Path englishDir, Path targetDir, Locale targetLang) {
        List<FilePair> pairs = new ArrayList<>();
        String lang = targetLang.getLanguage();
        for (Path english : filesOf(englishDir)) {
            String name = english.getFileName().toString();
            String stem = stem(name);
            String extension = name.substring(stem.length());
            String bare = stem.endsWith(".en") ? stem.substring(0, stem.length() - 3) : stem;
            Stream.of(bare + "." + lang + extension, name)
                    .map(targetDir::resolve)
                    .filter(Files::isRegularFile)
                    .findFirst()
                    .ifPresent(target -> pairs.add(new FilePair(english, target)));
        }
        if (pairs.isEmpty()) {
            throw new BadInputException(
                    targetDir,
                    "has no file named as one of "
                            + englishDir
                            + " (x.en.txt pairs "
                            + "with x."
                            + lang
                            + ".txt)");
        }
        return pairs;
    }

    private static List<Path> filesOf(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public Result run(Request request) {
        Optional<LoadedGlossary> loaded = request.glossary().load();
        Glossary glossary = loaded.map(LoadedGlossary::glossary).orElseGet(Glossary::empty);
        List<Aligned> aligned = new ArrayList<>();
        for (FilePair files : request.files()) {
            aligned.add(align(request, files, loaded, glossary));
        }
        Optional<TmAddFlow.Result> memory =
                request.memory().map(folder -> addConfident(folder, aligned));
        return new Result(aligned, memory);
    }

    private static Aligned align(
            Request request, FilePair files, Optional<LoadedGlossary> loaded, Glossary glossary) {
        String sourceLang = "en";
        String targetLang = request.targetLang().getLanguage();
        Transcript english = read(files.english(), request.transcriptOptions());
        List<Sentence> englishSentences =
                Sentence.of(segmented(english, files.english(), request.targetLang()));
        List<Sentence> targetSentences =
                Sentence.of(
                        segmented(
                                read(files.target(), request.transcriptOptions()),
                                files.target(),
                                Locale.ENGLISH));
        if (!SentenceAlignment.fits(englishSentences.size(), targetSentences.size())) {
            throw new BadInputException(
                    files.english(),
                    "with "
                            + files.target()
                            + ": "
                            + englishSentences.size()
                            + " × "
                            + targetSentences.size()
                            + " sentences are too many to align at once (Okapi's aligner holds"
                            + " every pair in memory): align the transcript page by page, or give"
                            + " Java a larger heap (ATTACHE_JAVA_OPTS=-Xmx4g)");
        }
        Alignment alignment =
                SentenceAlignment.anchored(sourceLang, targetLang, glossary)
                        .align(englishSentences, targetSentences);
        Path xliff =
                request.output()
                        .orElseGet(
                                () ->
                                        request.xliffDir()
                                                .resolve(
                                                        english.name()
                                                                + "."
                                                                + sourceLang
                                                                + "-"
                                                                + request.targetLang()
                                                                        .toLanguageTag()
                                                                + ".aligned.xlf"));
        new OutputFile(xliff, true).notAmong(List.of(files.english(), files.target()));
        Path worksheet = ExportFlow.defaultWorksheet(request.worksheetDir(), xliff);
        ExportFlow.refuseToOverwrite(worksheet, request.replaceWorksheets());
        TranslationDocument document =
                new TermAnnotator(glossary, sourceLang)
                        .annotate(
                                alignment.document(
                                        files.english().getFileName().toString(),
                                        Locale.ENGLISH,
                                        request.targetLang()));
        SegmentQa qa = new SegmentQa(loaded.map(LoadedGlossary::glossary), QaCheck.all(), document);
        List<SegmentFinding> findings = qa.check(document, s -> s.state() == State.TRANSLATED);
        // the confident (Translated) pairs with a QA error: a document-wide check may also name a
        // doubtful one
        Set<String> translated =
                document.translatableSegments()
                        .filter(s -> s.state() == State.TRANSLATED)
                        .map(s -> s.id().toString())
                        .collect(Collectors.toSet());
        Set<String> withErrors =
                findings.stream()
                        .filter(f -> f.finding().severity() == Severity.ERROR)
                        .map(f -> f.segment().toString())
                        .filter(translated::contains)
                        .collect(Collectors.toSet());
        TranslationDocument checked =
                SegmentQa.recordAsNotes(
                        demoted(document, withErrors),
                        s ->
                                s.state() == State.TRANSLATED
                                        || withErrors.contains(s.id().toString()),
                        findings);
        createParents(xliff, worksheet);
        XliffFiles.write(checked, xliff, Files.exists(xliff));
        new ExportFlow()
                .write(
                        new ExportFlow.Request(
                                xliff,
                                worksheet,
                                loaded,
                                Optional.empty(),
                                request.replaceWorksheets()),
                        checked,
                        () -> new FileDigest(xliff).sha256());
        return new Aligned(files, alignment, checked, withErrors.size(), xliff, worksheet);
    }

    /**
     * The document with the segments of {@code withErrors} marked Needs review: a reviewer looks at
     * them.
     */
    private static TranslationDocument demoted(
            TranslationDocument document, Set<String> withErrors) {
        List<Unit> units = new ArrayList<>();
        for (Unit unit : document.units()) {
            units.add(
                    unit.withSegments(
                            unit.segments().stream()
                                    .map(
                                            s ->
                                                    withErrors.contains(s.id().toString())
                                                            ? s.withTarget(
                                                                    s.target(), State.NEEDS_REVIEW)
                                                            : s)
                                    .toList()));
        }
        return document.withUnits(units);
    }

    private static Transcript read(Path file, TranscriptOptions options) {
        return new RichSourceReader()
                .readAny(file, SourceFormat.ofFile(file), options, Optional.empty())
                .transcript();
    }

    private static TranslationDocument segmented(
            Transcript transcript, Path file, Locale targetLang) {
        return new DocumentBuilder(SrxSegmenter.english(), true)
                .build(transcript, file.getFileName().toString(), targetLang);
    }

    private static void createParents(Path... files) {
        for (Path file : files) {
            Path parent = file.toAbsolutePath().getParent();
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new BadInputException(parent, null, "cannot be made: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The confident pairs that passed QA go into the memory; the doubtful and those with QA errors
     * are counted.
     */
    private static TmAddFlow.Result addConfident(Path folder, List<Aligned> aligned) {
        String creator = MemoryEntry.currentCreator();
        Instant now = Instant.now();
        List<MemoryEntry> entries = new ArrayList<>();
        int doubtful = 0;
        int qaErrors = 0;
        for (Aligned one : aligned) {
            LanguagePair languages =
                    new LanguagePair(one.document().sourceLang(), one.document().targetLang());
            String file = one.xliff().getFileName().toString();
            one.document()
                    .translatableSegments()
                    .filter(s -> s.state() == State.TRANSLATED)
                    .forEach(
                            s ->
                                    entries.add(
                                            new MemoryEntry(
                                                    s.source(),
                                                    s.target(),
                                                    languages,
                                                    creator,
                                                    now,
                                                    file)));
            qaErrors += one.qaDemoted();
            doubtful +=
                    (int)
                            one.alignment().pairs().stream()
                                    .filter(p -> !p.isUnpaired() && !p.isConfident())
                                    .count();
        }
        try (TranslationMemory memory = TranslationMemory.openOrCreate(folder)) {
            AddSummary summary = memory.add(entries);
            return new TmAddFlow.Result(
                    folder, entries.size(), summary, new TmAddFlow.KeptOut(doubtful, qaErrors));
        }
    }
}
