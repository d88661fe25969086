package dev.attache.worksheet;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The media type an OpenDocument package (.ods, .odt, …) names in its {@code mimetype} entry: how a
 * file LibreOffice saved in its own format is told from an .xlsx by its content, whatever its name
 * (both are zips).
 */
record OpenDocumentType(String mediaType) {
    private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";
    private static final String SPREADSHEET = OPEN_DOCUMENT + "spreadsheet";

    /** Longer than any OpenDocument media type; a {@code mimetype} entry is read no further. */
    private static final int LONGEST = 100;

    OpenDocumentType {
        requireNonNull(mediaType, "mediaType");
        if (!mediaType.startsWith(OPEN_DOCUMENT)) {
            throw new IllegalArgumentException(mediaType + " is not an OpenDocument media type");
        }
    }

    /**
     * The type of the package; empty when the zip has no {@code mimetype} entry naming an
     * OpenDocument type, or cannot be read as a zip (then the workbook reader says what is wrong
     * with it).
     */
    static Optional<OpenDocumentType> of(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry("mimetype");
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = file.getInputStream(entry)) {
                String type = new String(in.readNBytes(LONGEST), StandardCharsets.US_ASCII).strip();
                return type.startsWith(OPEN_DOCUMENT)
                        ? Optional.of(new OpenDocumentType(type))
                        : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A spreadsheet (.ods), or a spreadsheet template (.ots). */
    boolean isSpreadsheet() {
        return mediaType.startsWith(SPREADSHEET);
    }
}
