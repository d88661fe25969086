package dev.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * What an import of a worksheet left in a segment: the worksheet's id (from its manifest) and the
 * SHA-256 (hex) of the translation, target and state, that the segment then held ({@code
 * Manifest.translationHash}). While the segment still holds that translation, it is as that
 * worksheet left it, so importing the worksheet again is no conflict. Written as one line, {@code
 * <worksheet id> <sha256>}: in XLIFF 1.2 a {@code <context context-type="x-imported-sN">} of the
 * unit's {@code x-attache-segment-states-p7} context group, in XLIFF 2.1 a {@code <mda:meta
 * type="sN">} of the unit's {@code <mda:metaGroup category="attache:imported">}.
 */
public record WorksheetImport(String worksheetId, String translationSha256) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public WorksheetImport {
        requireNonNull(worksheetId, "worksheetId");
        requireNonNull(translationSha256, "translationSha256");
        if (!ID.matcher(worksheetId).matches()) {
            throw new IllegalArgumentException("not a worksheet id: '" + worksheetId + "'");
        }
        if (!SHA256.matcher(translationSha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: '" + translationSha256 + "'");
        }
        worksheetId =
                worksheetId.intern(); // a file names a few worksheets in up to millions of segments
    }

    /**
     * Whether {@code id} can be a worksheet's id: letters, digits, {@code .}, {@code _}, {@code -};
     * 64 at most.
     */
    public static boolean isWorksheetId(String id) {
        return ID.matcher(id).matches();
    }

    /** The record as written in a file: {@code <worksheet id> <sha256>}. */
    public String text() {
        return worksheetId + " " + translationSha256;
    }

    /** The record a file holds; throws {@link IllegalArgumentException} on anything else. */
    public static WorksheetImport parse(String text) {
        String[] parts = text.strip().split(" ", -1);
        if (parts.length != 2
                || !ID.matcher(parts[0]).matches()
                || !SHA256.matcher(parts[1]).matches()) {
            throw new IllegalArgumentException(
                    "an import record is '<worksheet id> <sha256>', not '" + text + "'");
        }
        return new WorksheetImport(parts[0], parts[1]);
    }
}
