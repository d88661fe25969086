package dev.attache.xliff;

import dev.attache.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The SHA-256 of a file's bytes, as lower-case hex: how a worksheet's manifest pins the XLIFF it
 * came from.
 */
public record FileDigest(Path file) {
    public String sha256() {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        } catch (IOException e) {
            throw new BadInputException(file, null, "cannot read: " + e.getMessage(), e);
        }
    }
}
