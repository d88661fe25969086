package dev.attache.worksheet;

import static java.util.Objects.requireNonNull;

import dev.attache.model.State;
import dev.attache.model.WorksheetImport;
import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * What the hidden manifest sheet records at export: the format version, the XLIFF file's name and
 * SHA-256, the glossary's SHA-256 ({@code ""} without a glossary), the target language, the
 * worksheet's id (a random UUID made at export; worksheets exported before there were ids have
 * none), and per segment id, in row order, the {@link #sourceHash(String) hash of its source text}
 * and the {@link #translationHash(String, State) hash of its target and state} as the XLIFF held
 * them at export. The translation hashes let import tell, without the old XLIFF, whether a
 * segment's translation changed in the XLIFF, in the sheet, or in both since export; the id lets
 * the XLIFF remember what each import of this worksheet applied, so that importing it again is no
 * conflict.
 */
public record Manifest(
        int formatVersion,
        String xliffFileName,
        String xliffSha256,
        String glossarySha256,
        String targetLang,
        Optional<String> worksheetId,
        Map<String, String> sourceHashes,
        Map<String, String> translationHashes) {
    public static final int CURRENT_VERSION = 1;

    public Manifest {
        requireNonNull(xliffFileName, "xliffFileName");
        requireNonNull(xliffSha256, "xliffSha256");
        requireNonNull(glossarySha256, "glossarySha256");
        requireNonNull(targetLang, "targetLang");
        requireNonNull(worksheetId, "worksheetId");
        if (worksheetId.isPresent() && !WorksheetImport.isWorksheetId(worksheetId.get())) {
            throw new IllegalArgumentException(
                    "the worksheet id '"
                            + worksheetId.get()
                            + "' is not letters, digits,"
                            + " '.', '_' and '-'");
        }
        if (!isPlainFileName(xliffFileName)) {
            throw new IllegalArgumentException(
                    "the XLIFF file's name '"
                            + xliffFileName
                            + "' is not a plain file name"
                            + " (it names a folder): import never writes outside the XLIFF folder; name the file with --xliff");
        }
        if (formatVersion < 1) {
            throw new IllegalArgumentException("bad manifest format version " + formatVersion);
        }
        sourceHashes = Collections.unmodifiableMap(new LinkedHashMap<>(sourceHashes));
        translationHashes = Collections.unmodifiableMap(new LinkedHashMap<>(translationHashes));
        if (!sourceHashes.keySet().equals(translationHashes.keySet())) {
            throw new IllegalArgumentException(
                    "the manifest's source and translation hashes name different rows");
        }
    }

    /**
     * A name with no folder in it ({@code /}, {@code \\}, {@code ..}, a drive), not empty: it stays
     * in its folder.
     */
    private static boolean isPlainFileName(String name) {
        return !name.isBlank()
                && !name.equals(".")
                && !name.equals("..")
                && !name.contains("/")
                && !name.contains("\\")
                && !name.contains(":")
                && name.chars().noneMatch(Character::isISOControl);
    }

    /** The SHA-256 (lower-case hex) of a source text, NFC-normalised, in UTF-8. */
    public static String sourceHash(String source) {
        return sha256(nfc(source));
    }

    /**
     * The SHA-256 (lower-case hex) of a segment's translation: its state's XLIFF 1.2 name, a line
     * feed, and its target, NFC-normalised, in UTF-8.
     */
    public static String translationHash(String target, State state) {
        return sha256(state.xliff12() + "\n" + nfc(target));
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String sha256(String text) {
        return DigestUtils.sha256Hex(text);
    }
}
