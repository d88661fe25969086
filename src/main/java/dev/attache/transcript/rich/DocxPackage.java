package dev.attache.transcript.rich;

import dev.attache.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Checks that a file is a Word document before Okapi's OpenXML filter opens it: a zip archive that
 * holds {@code [Content_Types].xml} and {@code word/document.xml}, and that does not inflate beyond
 * {@value #MAX_INFLATED_BYTES} bytes or more than {@value #MAX_RATIO} times its own size (a zip
 * bomb). Every entry is inflated once, counting, so that a lying size in the archive's directory
 * changes nothing.
 */
final class DocxPackage {
    static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;
    static final long MAX_RATIO = 100;

    private DocxPackage() {}

    static void check(Path file, byte[] bytes) {
        long limit = Math.min(MAX_INFLATED_BYTES, Math.max(1024L * 1024, bytes.length * MAX_RATIO));
        Set<String> names = new HashSet<>();
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    inflated += read;
                    if (inflated > limit) {
                        throw new BadInputException(
                                file,
                                entry.getName(),
                                "inflates to more than "
                                        + limit
                                        + " bytes from "
                                        + bytes.length
                                        + ": refused as a zip bomb");
                    }
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            // a malformed entry name (not UTF-8) is an IllegalArgumentException from ZipInputStream
            throw new BadInputException(
                    file,
                    "is not a valid Word document (a broken zip archive: " + e.getMessage() + ")");
        } catch (IOException e) {
            throw new BadInputException(file, null, "cannot be read: " + e.getMessage(), e);
        }
        if (names.isEmpty()) {
            throw new BadInputException(
                    file, "is not a Word document (.docx is a zip archive; this is not one)");
        }
        for (String part : new String[] {"[Content_Types].xml", "word/document.xml"}) {
            if (!names.contains(part)) {
                throw new BadInputException(
                        file, "is not a valid Word document: it has no " + part);
            }
        }
    }
}
