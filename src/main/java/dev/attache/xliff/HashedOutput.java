package dev.attache.xliff;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * An output stream that writes through and takes the SHA-256 of what it writes on a thread of its
 * own, a chunk at a time, in order, while the writer goes on. Under C1 alone (the launcher's choice
 * for files under some 1.5 M words) SHA-256 runs as plain Java, not as the processor's
 * instructions: hashed in line, the 85 MB a 1 M-word import writes took a third of the writing. At
 * most {@link #PENDING} chunks wait for the hasher; the writer waits when they are there.
 */
final class HashedOutput extends FilterOutputStream {
    private static final int PENDING = 64;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(PENDING);
    private final MessageDigest sha256 = DigestUtils.getSha256Digest();
    private final Thread hasher;

    HashedOutput(OutputStream out) {
        super(out);
        hasher = new Thread(this::hash, "xliff hasher");
        hasher.setDaemon(true);
        hasher.start();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        if (length > 0) {
            put(Arrays.copyOfRange(bytes, offset, offset + length));
        }
    }

    /**
     * The SHA-256 (lower-case hex) of everything written, once the hasher is through; the stream
     * takes no more bytes then. It is not closed, and the stream it writes to stays open.
     */
    String sha256() throws IOException {
        put(END);
        try {
            hasher.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing");
        }
        return Hex.encodeHexString(sha256.digest());
    }

    private void put(byte[] chunk) throws IOException {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing");
        }
    }

    private void hash() {
        try {
            for (byte[] chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                sha256.update(chunk);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
