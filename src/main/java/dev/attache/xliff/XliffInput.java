package dev.attache.xliff;

import dev.attache.BadInputException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.commons.io.input.TeeInputStream;

/**
 * An XLIFF file opened once: its header is read from the first bytes, the parser is given the same
 * bytes again and the rest of the stream, and every byte read is hashed on the way, so that the
 * file's SHA-256 needs no second read.
 */
final class XliffInput implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final DigestInputStream hashed;
    private final XliffFileHeader header;
    private final byte[] headerBytes;

    private XliffInput(
            Path file, DigestInputStream hashed, XliffFileHeader header, byte[] headerBytes) {
        this.file = file;
        this.hashed = hashed;
        this.header = header;
        this.headerBytes = headerBytes;
    }

    static XliffInput open(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file, "is a directory, not an XLIFF file");
        }
        if (!Files.exists(file)) {
            throw new BadInputException(file, "no such file");
        }
        DigestInputStream hashed;
        try {
            hashed =
                    new DigestInputStream(
                            new BufferedInputStream(Files.newInputStream(file), BUFFER),
                            DigestUtils.getSha256Digest());
        } catch (IOException e) {
            throw new BadInputException(file, null, "cannot read: " + e.getMessage(), e);
        }
        try {
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            XliffFileHeader header =
                    XliffFileHeader.read(file, new TeeInputStream(hashed, read, false));
            return new XliffInput(file, hashed, header, read.toByteArray());
        } catch (RuntimeException e) {
            closeQuietly(hashed);
            throw e;
        }
    }

    XliffFileHeader header() {
        return header;
    }

    /**
     * The whole file from its first byte, for a parser; closing it leaves the file open, to be
     * hashed to its end.
     */
    InputStream content() {
        // a sequence closes each stream it reaches the end of: the file is shielded, to be hashed
        // to its end
        return new SequenceInputStream(
                new ByteArrayInputStream(headerBytes), CloseShieldInputStream.wrap(hashed));
    }

    /**
     * The SHA-256 of the file's bytes, as lower-case hex: what the parser left unread is read here.
     */
    String sha256() {
        try {
            hashed.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new BadInputException(file, null, "cannot read: " + e.getMessage(), e);
        }
        return Hex.encodeHexString(hashed.getMessageDigest().digest());
    }

    @Override
    public void close() {
        try {
            hashed.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the failure that made us close it is the one worth reporting
        }
    }
}
