package dev.attache.worksheet;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the hidden manifest sheet records at export: the format version, the XLIFF file's name and SHA-256,
 * the glossary's SHA-256 ({@code ""} without a glossary), the target language, and per segment id the
 * SHA-256 of its source text, in row order.
 */
public record Manifest(int formatVersion, String xliffFileName, String xliffSha256, String glossarySha256,
                       String targetLang, Map<String, String> sourceHashes) {
    public static final int CURRENT_VERSION = 1;

    public Manifest {
        requireNonNull(xliffFileName, "xliffFileName");
        requireNonNull(xliffSha256, "xliffSha256");
        requireNonNull(glossarySha256, "glossarySha256");
        requireNonNull(targetLang, "targetLang");
        if (formatVersion < 1) {
            throw new IllegalArgumentException("bad manifest format version " + formatVersion);
        }
        sourceHashes = Collections.unmodifiableMap(new LinkedHashMap<>(sourceHashes));
    }

    /** The hash the manifest keeps of a source text: SHA-256 of its UTF-8 bytes, in lower-case hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
