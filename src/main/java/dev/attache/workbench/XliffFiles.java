package dev.attache.workbench;

import dev.attache.AtomicFile;
import dev.attache.xliff.TranslationDocument;
import dev.attache.xliff.Xliff12Reader;
import dev.attache.xliff.Xliff12Writer;
import java.nio.file.Path;
import java.util.List;

/** Reads and writes the project's XLIFF files; writing is atomic, optionally keeping the previous file as .bak. */
public final class XliffFiles {
    private XliffFiles() {
    }

    public static TranslationDocument read(Path file) {
        return new Xliff12Reader().read(file);
    }

    public static void write(TranslationDocument document, Path file, boolean keepBackup) {
        new AtomicFile(file).write(out -> new Xliff12Writer().write(document, out), keepBackup);
    }

    /** Whether two documents write the same XLIFF: term hits are not stored in XLIFF 1.2 (only their note is). */
    static boolean sameContent(TranslationDocument one, TranslationDocument other) {
        return withoutTermHits(one).equals(withoutTermHits(other));
    }

    private static TranslationDocument withoutTermHits(TranslationDocument document) {
        return document.withUnits(document.units().stream()
                .map(u -> u.withSegments(u.segments().stream().map(s -> s.withTermHits(List.of())).toList()))
                .toList());
    }
}
