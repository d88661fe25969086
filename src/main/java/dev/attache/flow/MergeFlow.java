package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import dev.attache.OutputFile;
import dev.attache.deliver.DeliveredDocument;
import dev.attache.deliver.DoneSegments;
import dev.attache.deliver.TranscriptMerger;
import dev.attache.glossary.SpeakerRenderer;
import dev.attache.model.InlineTokens;
import dev.attache.model.TranslationDocument;
import dev.attache.transcript.SpeakerLabels;
import dev.attache.xliff.FileDigest;
import dev.attache.xliff.XliffFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code merge} flow: the translated transcript, in the format of the original, from an XLIFF
 * file. When a segment is not done, nothing is written unless the untranslated are allowed (their
 * source then stands in their place). The original is {@code transcriptDir/<the XLIFF's original>}
 * unless named; the output goes next to it as {@code <name>.<target language>.<extension>} unless
 * named, and replaces an existing file only when asked (keeping it as {@code .bak}). A speaker
 * turn's label is rendered again through the default glossary where it knows the label, whatever a
 * CAT tool left in the target's placeholder.
 */
public final class MergeFlow {
    /** What to merge and how. */
    public record Request(
            Path xliff,
            Optional<Path> output,
            Optional<Path> original,
            Path transcriptDir,
            DoneSegments done,
            boolean allowUntranslated,
            boolean replace,
            boolean acceptChangedOriginal) {
        public Request {
            requireNonNull(xliff, "xliff");
            requireNonNull(output, "output");
            requireNonNull(original, "original");
            requireNonNull(transcriptDir, "transcriptDir");
            requireNonNull(done, "done");
        }
    }

    /**
     * The file merged (or that would have been), whether it was written, and the segments not done.
     */
    public record Result(Path output, boolean written, List<DeliveredDocument.NotDone> notDone) {
        public Result {
            requireNonNull(output, "output");
            notDone = List.copyOf(notDone);
        }
    }

    public Result run(Request request) {
        TranslationDocument read = XliffFiles.read(request.xliff());
        TranslationDocument translated =
                read.units().stream().noneMatch(unit -> unit.speaker().isPresent())
                        ? read
                        : new GlossaryChoice.Default(Path.of(""))
                                .load()
                                .map(
                                        g ->
                                                new SpeakerRenderer(
                                                                g.glossary(),
                                                                read.sourceLang().getLanguage(),
                                                                SpeakerLabels::person)
                                                        .renderKnown(read))
                                .orElse(read);
        Path original = request.original().orElseGet(() -> originalIn(request, translated));
        if (!Files.isRegularFile(original)) {
            throw new BadInputException(
                    request.xliff(),
                    "its original transcript "
                            + original
                            + " is not there; name it with --original");
        }
        TranscriptMerger merger =
                TranscriptMerger.forOriginal(original, translated.origin().format())
                        .orElseThrow(
                                () ->
                                        new BadInputException(
                                                original,
                                                "Attaché cannot merge into this kind of file "
                                                        + "(text transcripts are .txt; HTML pages and Word documents need the XLIFF that prepare "
                                                        + "made from them)"));
        checkUnchanged(original, translated, request);
        Path output = request.output().orElseGet(() -> defaultOutput(original, translated));
        OutputFile file =
                new OutputFile(output, request.replace())
                        .checkedAgainst(List.of(original, request.xliff()));
        checkInlineTokens(translated, request.xliff());
        DeliveredDocument delivered = DeliveredDocument.of(translated, request.done());
        if (!delivered.notDone().isEmpty() && !request.allowUntranslated()) {
            return new Result(output, false, delivered.notDone());
        }
        file.write(out -> merger.merge(delivered.document(), original, out));
        return new Result(output, true, delivered.notDone());
    }

    /**
     * In a page or document, every translation must keep its source's inline tokens (import checks
     * the worksheet's rows; an XLIFF file edited in a CAT tool is checked here): a lost or stray
     * code cannot be written back.
     */
    private static void checkInlineTokens(TranslationDocument translated, Path xliff) {
        if (!translated.origin().format().hasInlineCodes()) {
            return;
        }
        translated
                .translatableSegments()
                .filter(s -> !s.target().isEmpty())
                .forEach(
                        s ->
                                InlineTokens.mismatch(s.source(), s.target())
                                        .ifPresent(
                                                problem -> {
                                                    throw new BadInputException(
                                                            xliff,
                                                            s.id().toString(),
                                                            "the translation does not keep the "
                                                                    + "source's inline codes: "
                                                                    + problem);
                                                }));
    }

    /**
     * An original whose SHA-256 differs from the one recorded at {@code prepare} is refused unless
     * accepted: its paragraphs may no longer be the XLIFF's.
     */
    private static void checkUnchanged(
            Path original, TranslationDocument translated, Request request) {
        Optional<String> recorded = translated.origin().sha256();
        if (recorded.isPresent()
                && !request.acceptChangedOriginal()
                && !recorded.get().equals(new FileDigest(original).sha256())) {
            throw new BadInputException(
                    original,
                    "has changed since "
                            + request.xliff()
                            + " was prepared from it "
                            + "(its SHA-256 differs); prepare again, or merge anyway with --accept-changed-original");
        }
    }

    /**
     * The original in the transcript folder, by its file name only: an {@code original} never leads
     * elsewhere.
     */
    private static Path originalIn(Request request, TranslationDocument translated) {
        String name = translated.original().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.isBlank() || name.equals("..") || name.equals(".") || name.indexOf('\0') >= 0) {
            throw new BadInputException(
                    request.xliff(), "names no original transcript; name it with --original");
        }
        return request.transcriptDir().resolve(name);
    }

    /**
     * {@code transcripts/x.ru.txt} for the original {@code transcripts/x.en.txt} and target
     * language ru.
     */
    static Path defaultOutput(Path original, TranslationDocument document) {
        String fileName = original.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot) : "";
        String sourceTag = "." + document.sourceLang().toLanguageTag();
        if (stem.endsWith(sourceTag)) {
            stem = stem.substring(0, stem.length() - sourceTag.length());
        }
        return original.resolveSibling(
                stem + "." + document.targetLang().toLanguageTag() + extension);
    }
}
