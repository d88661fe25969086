package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.AtomicFile;
import dev.attache.BadInputException;
import dev.attache.OutputFile;
import dev.attache.glossary.Glossary;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.glossary.TermAnnotator;
import dev.attache.memory.LeverageCounts;
import dev.attache.memory.Leverager;
import dev.attache.memory.TranslationMemory;
import dev.attache.model.TranslationDocument;
import dev.attache.qa.ExactMatchQa;
import dev.attache.qa.SegmentFinding;
import dev.attache.worksheet.WorksheetOptions;
import dev.attache.worksheet.WorksheetWriter;
import dev.attache.xliff.OpenedXliff;
import dev.attache.xliff.XliffFiles;
import dev.attache.xliff.XliffUpdate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code export} flow: a translator worksheet for an XLIFF file, with the glossary's terms
 * marked and the translations the XLIFF already holds filled in. When a memory is chosen, its
 * matches are offered first, as {@code segment} offers them, and the XLIFF file is rewritten with
 * them (the previous one kept as {@code .bak}) when they change it, so that the sheet and the file
 * agree. The worksheet's manifest pins the XLIFF file (SHA-256) and the glossary, so that import
 * can tell what changed.
 */
public final class ExportFlow {
    private final WorkListener progress;

    public ExportFlow() {
        this(WorkListener.silent());
    }

    /**
     * A flow that reports its steps (reading the XLIFF file, marking its terms, writing the
     * worksheet).
     */
    public ExportFlow(WorkListener progress) {
        this.progress = requireNonNull(progress, "progress");
    }

    /**
     * The XLIFF file, the worksheet to write, the glossary to mark terms with, an optional sheet
     * password, whether an existing worksheet may be replaced (it is then kept as {@code .bak}),
     * and the memory to leverage.
     */
    public record Request(
            Path xliff,
            Path worksheet,
            Optional<LoadedGlossary> glossary,
            Optional<String> password,
            boolean replace,
            MemoryChoice memory) {
        public Request {
            requireNonNull(xliff, "xliff");
            requireNonNull(worksheet, "worksheet");
            requireNonNull(glossary, "glossary");
            requireNonNull(password, "password");
            requireNonNull(memory, "memory");
        }

        /** A request that leverages no memory. */
        public Request(
                Path xliff,
                Path worksheet,
                Optional<LoadedGlossary> glossary,
                Optional<String> password,
                boolean replace) {
            this(xliff, worksheet, glossary, password, replace, new MemoryChoice.None());
        }
    }

    /**
     * The worksheet written and how many rows it has, how many of them translated already, and what
     * the memory gave (when one was leveraged): then also whether the XLIFF file was rewritten with
     * its matches, and the QA findings on the targets its exact matches filled in.
     */
    public record Result(
            Path worksheet,
            int rows,
            int translatedRows,
            Optional<LeverageCounts> leverage,
            boolean xliffRewritten,
            List<SegmentFinding> exactMatchFindings) {
        public Result {
            requireNonNull(worksheet, "worksheet");
            requireNonNull(leverage, "leverage");
            exactMatchFindings = List.copyOf(exactMatchFindings);
        }
    }

    public Result run(Request request) {
        new OutputFile(request.worksheet(), request.replace()).notAmong(List.of(request.xliff()));
        refuseToOverwrite(request.worksheet(), request.replace());
        try (WorkListener.Task task = progress.start("export", 3)) {
            Optional<TranslationMemory> memory = request.memory().open();
            if (memory.isEmpty()) {
                OpenedXliff opened = XliffFiles.open(request.xliff());
                task.advance(1);
                TranslationDocument annotated = annotated(request, opened.document());
                task.advance(1);
                Result result = write(request, annotated, opened::sha256);
                task.advance(1);
                return result;
            }
            try (TranslationMemory opened = memory.get()) {
                return XliffFiles.update(
                        request.xliff(), update -> leverageAndWrite(request, opened, update, task));
            }
        }
    }

    private static TranslationDocument annotated(Request request, TranslationDocument read) {
        return TermAnnotator.withTerms(Optional.of(glossaryOf(request)), read);
    }

    /**
     * Writes the worksheet after the memory's matches, and the XLIFF file first if they change it
     * (under the file's lock, which {@code update} holds from reading the file to writing it, as
     * import writes it).
     */
    private Result leverageAndWrite(
            Request request, TranslationMemory memory, XliffUpdate update, WorkListener.Task task) {
        OpenedXliff read = update.opened();
        task.advance(1);
        Glossary glossary = glossaryOf(request);
        TranslationDocument annotated = annotated(request, read.document());
        task.advance(1);
        ExactMatchQa.Checked checked =
                ExactMatchQa.check(
                        new Leverager(memory).leverage(annotated), Optional.of(glossary));
        TranslationDocument leveraged = checked.document();
        boolean rewrite = !XliffFiles.sameContent(leveraged, annotated);
        String sha256 =
                rewrite
                        ? update.write(
                                leveraged,
                                read.sameFlavour(),
                                glossary.renderings(leveraged.targetLang()),
                                true)
                        : read.sha256();
        Result written = write(request, leveraged, () -> sha256);
        task.advance(1);
        return new Result(
                written.worksheet(),
                written.rows(),
                written.translatedRows(),
                Optional.of(LeverageCounts.of(memory.location(), leveraged)),
                rewrite,
                checked.findings());
    }

    /**
     * Writes the worksheet of a document that the XLIFF file holds (or will hold: {@code
     * xliffSha256} gives the file's digest, asked for when the manifest, the last sheet, is made)
     * and that is annotated with the request's glossary already, as {@code prepare} has it in hand;
     * the file is not read.
     */
    Result write(Request request, TranslationDocument document, Supplier<String> xliffSha256) {
        Glossary glossary = glossaryOf(request);
        var options =
                new WorksheetOptions(
                        request.xliff().getFileName().toString(),
                        xliffSha256,
                        request.glossary().map(LoadedGlossary::sha256).orElse(""),
                        request.password());
        keepBackup(request.worksheet());
        new WorksheetWriter().write(document, glossary, options, request.worksheet());
        return new Result(
                request.worksheet(),
                (int) document.translatableSegments().count(),
                (int) document.translatableSegments().filter(s -> s.isTranslated()).count(),
                Optional.empty(),
                false,
                List.of());
    }

    private static Glossary glossaryOf(Request request) {
        return request.glossary().map(LoadedGlossary::glossary).orElseGet(Glossary::empty);
    }

    /**
     * A worksheet that exists may hold translations not yet imported: it is replaced only when
     * asked.
     */
    static void refuseToOverwrite(Path worksheet, boolean replace) {
        if (Files.exists(worksheet) && !replace) {
            throw new BadInputException(
                    worksheet,
                    "exists and may hold translations not yet imported: import it "
                            + "first, or run again with --force to replace it (the old one is then kept as .bak)");
        }
    }

    private static void keepBackup(Path worksheet) {
        new AtomicFile(worksheet).keepBackup();
    }

    /**
     * {@code worksheets/lavrov-aliyev-2023-02-27.en-ru.xlsx} for {@code
     * xliff/lavrov-aliyev-2023-02-27.en-ru.xlf}.
     */
    public static Path defaultWorksheet(Path worksheetDir, Path xliff) {
        String name = xliff.getFileName().toString().replaceFirst("\\.(xlf|xliff)$", "");
        return worksheetDir.resolve(name + ".xlsx");
    }
}
