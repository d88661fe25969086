package dev.attache.workbench;

import dev.attache.AtomicFile;
import dev.attache.xliff.TranslationDocument;
import dev.attache.xliff.Xliff12Reader;
import dev.attache.xliff.Xliff12Writer;
import java.nio.file.Path;

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
}
