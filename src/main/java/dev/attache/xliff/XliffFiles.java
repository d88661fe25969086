package dev.attache.xliff;

import dev.attache.AtomicFile;
import dev.attache.BadInputException;
import dev.attache.model.TermRenderings;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the project's XLIFF files, of either version; writing is atomic, optionally keeping the
 * previous file as .bak. A file written again keeps its version unless another is asked for.
 */
public final class XliffFiles {
    private XliffFiles() {
    }

    public static TranslationDocument read(Path file) {
        return new XliffReader().read(file);
    }

    /** Writes the document in the version the file is in already (1.2 for a new file), with no term renderings. */
    public static void write(TranslationDocument document, Path file, boolean keepBackup) {
        write(document, file, keepBackup, sameFlavour(file), TermRenderings.none());
    }

    public static void write(TranslationDocument document, Path file, boolean keepBackup, XliffFlavour flavour,
                             TermRenderings renderings) {
        checkVersionFits(document, file, flavour);
        new AtomicFile(file).write(out -> new XliffWriter(renderings).write(document, flavour, out), keepBackup);
    }

    /**
     * The paragraphs of an HTML page or a Word document carry inline codes, which Attaché writes (and merges back
     * from) in XLIFF 1.2 only: asking for 2.1 is refused before anything is written.
     */
    public static void checkVersionFits(TranslationDocument document, Path file, XliffFlavour flavour) {
        if (document.origin().format().hasInlineCodes() && flavour.version() != XliffVersion.V1_2) {
            throw new BadInputException(file, "comes from " + document.original() + ", whose inline codes Attaché "
                    + "writes in XLIFF 1.2 only: leave out --xliff-version 2.1");
        }
    }

    /** The flavour a file is written in again: its version (1.2 for a new file), no copied sources. */
    public static XliffFlavour sameFlavour(Path file) {
        return XliffFlavour.standard(versionOf(file).orElse(XliffVersion.V1_2));
    }

    /** The version of an existing XLIFF file; empty when there is no file. */
    public static Optional<XliffVersion> versionOf(Path file) {
        return Files.isRegularFile(file) ? Optional.of(new XliffReader().versionOf(file)) : Optional.empty();
    }

    /**
     * Whether two documents write the same XLIFF: term hits are not stored in XLIFF 1.2 (only their note is). Compared
     * unit by unit, so that no copy of a whole document is made.
     */
    public static boolean sameContent(TranslationDocument one, TranslationDocument other) {
        if (one.units().size() != other.units().size()
                || !one.withUnits(List.of()).equals(other.withUnits(List.of()))) {
            return false;
        }
        for (int i = 0; i < one.units().size(); i++) {
            if (!withoutTermHits(one.units().get(i)).equals(withoutTermHits(other.units().get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static Unit withoutTermHits(Unit unit) {
        return unit.withSegments(unit.segments().stream().map(s -> s.withTermHits(List.of())).toList());
    }
}
