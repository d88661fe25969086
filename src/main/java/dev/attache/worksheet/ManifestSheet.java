package dev.attache.worksheet;

import dev.attache.BadInputException;
import dev.attache.model.SegmentPair;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The manifest as the rows of its very hidden sheet: key and value pairs, then a {@code row-id} /
 * {@code source-sha256} / {@code translation-sha256} header and one row per segment.
 */
final class ManifestSheet {
    private static final String VERSION = "format-version";
    private static final String XLIFF_FILE = "xliff-file";
    private static final String XLIFF_SHA = "xliff-sha256";
    private static final String GLOSSARY_SHA = "glossary-sha256";
    private static final String TARGET_LANG = "target-language";
    private static final String WORKSHEET_ID = "worksheet-id";
    private static final String ROWS = "row-id";

    private ManifestSheet() {}

    /**
     * The rows before the segments': the key and value pairs (the worksheet id when there is one: a
     * reader that knows no ids passes over it), then the {@code row-id} header.
     */
    static List<List<String>> head(Manifest manifest) {
        List<List<String>> head =
                new ArrayList<>(
                        List.of(
                                List.of(VERSION, Integer.toString(manifest.formatVersion())),
                                List.of(XLIFF_FILE, manifest.xliffFileName()),
                                List.of(XLIFF_SHA, manifest.xliffSha256()),
                                List.of(GLOSSARY_SHA, manifest.glossarySha256()),
                                List.of(TARGET_LANG, manifest.targetLang())));
        manifest.worksheetId().ifPresent(id -> head.add(List.of(WORKSHEET_ID, id)));
        head.add(List.of(ROWS, "source-sha256", "translation-sha256"));
        return head;
    }

    /** The row of one segment: its id, the hash of its source and the hash of its translation. */
    static List<String> segmentRow(SegmentPair segment) {
        return List.of(
                segment.id().toString(),
                Manifest.sourceHash(segment.source()),
                Manifest.translationHash(segment.target(), segment.state()));
    }

    /**
     * Reads the rows back; {@code file} names the workbook in the error that a damaged manifest
     * raises.
     */
    static Manifest parse(List<List<String>> rows, Path file) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, String> translationHashes = new LinkedHashMap<>();
        boolean inRows = false;
        for (List<String> row : rows) {
            String key = row.isEmpty() ? "" : row.get(0);
            String value = row.size() > 1 ? row.get(1) : "";
            if (key.isEmpty()) {
                continue;
            }
            if (inRows) {
                hashes.put(key, value);
                translationHashes.put(key, row.size() > 2 ? row.get(2) : "");
            } else if (key.equals(ROWS)) {
                inRows = true;
            } else {
                values.put(key, value);
            }
        }
        String version = require(values, VERSION, file);
        if (!version.matches("[1-9][0-9]{0,8}")
                || Integer.parseInt(version) > Manifest.CURRENT_VERSION) {
            throw new BadInputException(
                    file,
                    "!" + SheetLayout.MANIFEST_SHEET,
                    "worksheet format "
                            + version
                            + " is not one this version of Attaché reads (it reads format "
                            + Manifest.CURRENT_VERSION
                            + ")");
        }
        try {
            return new Manifest(
                    Integer.parseInt(version),
                    require(values, XLIFF_FILE, file),
                    require(values, XLIFF_SHA, file),
                    values.getOrDefault(GLOSSARY_SHA, ""),
                    require(values, TARGET_LANG, file),
                    Optional.ofNullable(values.get(WORKSHEET_ID)),
                    hashes,
                    translationHashes);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(
                    file, "!" + SheetLayout.MANIFEST_SHEET, "damaged manifest: " + e.getMessage());
        }
    }

    private static String require(Map<String, String> values, String key, Path file) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new BadInputException(
                    file, "!" + SheetLayout.MANIFEST_SHEET, "damaged manifest: no " + key);
        }
        return value;
    }
}
