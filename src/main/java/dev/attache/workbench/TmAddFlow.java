package dev.attache.workbench;

import static java.util.Objects.requireNonNull;

import dev.attache.memory.AddSummary;
import dev.attache.memory.LanguagePair;
import dev.attache.memory.MemoryEntry;
import dev.attache.memory.ProjectMemory;
import dev.attache.memory.TmxPairs;
import dev.attache.xliff.SegmentPair;
import dev.attache.xliff.TranslationDocument;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code tm add} flow: the translated segment pairs of XLIFF files (1.2 or 2.x; translatable units only) and the
 * pairs of TMX files go into the project memory, with who added them, when, and from which file. Every file is read
 * before the memory is opened for writing.
 */
public final class TmAddFlow {
    /** The files (XLIFF, or TMX by their {@code .tmx} extension) and the memory's folder. */
    public record Request(List<Path> files, Path memory) {
        public Request {
            files = List.copyOf(files);
            requireNonNull(memory, "memory");
            if (files.isEmpty()) {
                throw new IllegalArgumentException("at least one file is needed");
            }
        }
    }

    /** The memory's folder, how many pairs the files had, and what adding them did. */
    public record Result(Path memory, int pairs, AddSummary summary) {
        public Result {
            requireNonNull(memory, "memory");
            requireNonNull(summary, "summary");
        }

        /** {@code memory tm: added 27 pairs} (and how many it held already, if any). */
        public String line() {
            return "memory " + memory + ": added " + summary.written() + " pairs"
                    + (summary.replaced() > 0 ? " (" + summary.replaced() + " replacing older translations)" : "")
                    + (summary.unchanged() > 0 ? ", " + summary.unchanged() + " held already" : "");
        }
    }

    public Result run(Request request) {
        String creator = MemoryEntry.currentCreator();
        Instant now = Instant.now();
        List<MemoryEntry> entries = new ArrayList<>();
        for (Path file : request.files()) {
            entries.addAll(file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tmx")
                    ? new TmxPairs().read(file, creator, now)
                    : MemoryEntry.translatedPairs(XliffFiles.read(file), file.getFileName().toString(), creator, now));
        }
        return add(request.memory(), entries);
    }

    /**
     * After {@code import}: the rows it accepted (their targets changed, and they are translated) go into the memory.
     * Nothing when the import wrote nothing (a dry run, {@code --strict} with rejections, nothing changed).
     */
    public Result afterImport(ImportFlow.Result imported, Path memory) {
        if (!imported.written()) {
            return new Result(memory, 0, new AddSummary(0, 0, 0));
        }
        TranslationDocument document = imported.reconciled().document();
        LanguagePair languages = new LanguagePair(document.sourceLang(), document.targetLang());
        String creator = MemoryEntry.currentCreator();
        Instant now = Instant.now();
        String file = imported.xliff().getFileName().toString();
        List<MemoryEntry> entries = imported.reconciled().changedTargets().stream().filter(SegmentPair::isTranslated)
                .map(s -> new MemoryEntry(s.source(), s.target(), languages, creator, now, file)).toList();
        return add(memory, entries);
    }

    private static Result add(Path memory, List<MemoryEntry> entries) {
        try (ProjectMemory tm = ProjectMemory.openOrCreate(memory)) {
            return new Result(memory, entries.size(), tm.add(entries));
        }
    }
}
