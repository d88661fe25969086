package dev.attache.xliff;

import dev.attache.AtomicFile;
import dev.attache.BadInputException;
import dev.attache.model.TermRenderings;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Reads and writes the project's XLIFF files, of either version; writing is atomic, optionally
 * keeping the previous file as .bak. A file written again keeps its version unless another is asked
 * for.
 */
public final class XliffFiles {
    private XliffFiles() {}

    public static TranslationDocument read(Path file) {
        return new XliffReader().read(file);
    }

    /** The file's document, version and SHA-256, from one read of the file. */
    public static OpenedXliff open(Path file) {
        return new XliffReader().open(file);
    }

    /**
     * Runs {@code change} over the file locked and read once ({@link XliffUpdate}): how every
     * command that rewrites an existing XLIFF file reads it and writes it again. The file must
     * exist.
     */
    public static <R> R update(Path file, Function<XliffUpdate, R> change) {
        if (!Files.exists(file)) {
            throw new BadInputException(file, "no such file");
        }
        try (XliffUpdate update = XliffUpdate.begin(file)) {
            return change.apply(update);
        }
    }

    /**
     * Writes the document in the version the file is in already (1.2 for a new file), with no term
     * renderings.
     */
    public static void write(TranslationDocument document, Path file, boolean keepBackup) {
        write(document, file, keepBackup, sameFlavour(file), TermRenderings.none());
    }

    /**
     * Writes the document and returns the SHA-256 of the bytes written, hashed as they were
     * written.
     */
    public static String write(
            TranslationDocument document,
            Path file,
            boolean keepBackup,
            XliffFlavour flavour,
            TermRenderings renderings) {
        checkVersionFits(document, file, flavour);
        AtomicReference<String> sha256 = new AtomicReference<>();
        new AtomicFile(file)
                .write(
                        out -> {
                            HashedOutput hashed = new HashedOutput(out);
                            try {
                                new XliffWriter(renderings).write(document, flavour, hashed);
                                hashed.flush();
                            } finally {
                                // ends the hasher's thread, whatever happened
                                sha256.set(hashed.sha256());
                            }
                        },
                        keepBackup);
        return sha256.get();
    }

    /**
     * The paragraphs of an HTML page or a Word document carry inline codes, which Attaché writes
     * (and merges back from) in XLIFF 1.2 only: asking for 2.1 is refused before anything is
     * written.
     */
    public static void checkVersionFits(
            TranslationDocument document, Path file, XliffFlavour flavour) {
        if (document.origin().format().hasInlineCodes() && flavour.version() != XliffVersion.V1_2) {
            throw new BadInputException(
                    file,
                    "comes from "
                            + document.original()
                            + ", whose inline codes Attaché "
                            + "writes in XLIFF 1.2 only: leave out --xliff-version 2.1");
        }
    }

    /**
     * The flavour a file is written in again: its version (1.2 for a new file), no copied sources.
     */
    private static XliffFlavour sameFlavour(Path file) {
        return XliffFlavour.standard(
                Files.isRegularFile(file) ? new XliffReader().versionOf(file) : XliffVersion.V1_2);
    }

    /**
     * Whether two documents write the same XLIFF: term hits are not stored in XLIFF 1.2 (only their
     * note is). Compared unit by unit, so that no copy of a whole document is made.
     */
    public static boolean sameContent(TranslationDocument one, TranslationDocument other) {
        if (one.units().size() != other.units().size()
                || !one.withUnits(List.of()).equals(other.withUnits(List.of()))) {
            return false;
        }
        for (int i = 0; i < one.units().size(); i++) {
            if (!withoutTermHits(one.units().get(i))
                    .equals(withoutTermHits(other.units().get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static Unit withoutTermHits(Unit unit) {
        return unit.withSegments(
                unit.segments().stream().map(s -> s.withTermHits(List.of())).toList());
    }
}
