package dev.attache.xliff;

import dev.attache.model.TermRenderings;
import dev.attache.model.TranslationDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One command's rewrite of an XLIFF file: an existing file is locked ({@link XliffLock}) and read
 * once, and stays locked until the new version is written and the update is closed, so that another
 * command rewriting the file waits and then reads what this one wrote. A file that is not there yet
 * is neither locked nor read.
 */
public final class XliffUpdate implements AutoCloseable {
    private final Path file;
    private final Optional<XliffLock> lock;
    private final Optional<OpenedXliff> earlier;
    private boolean closed;

    private XliffUpdate(Path file, Optional<XliffLock> lock, Optional<OpenedXliff> earlier) {
        this.file = file;
        this.lock = lock;
        this.earlier = earlier;
    }

    /** Locks and reads {@code file} when it exists. */
    public static XliffUpdate begin(Path file) {
        if (!Files.exists(file)) {
            return new XliffUpdate(file, Optional.empty(), Optional.empty());
        }
        XliffLock lock = XliffLock.acquire(file, XliffLock.WAIT);
        try {
            return new XliffUpdate(
                    file, Optional.of(lock), Optional.of(new XliffReader().open(file)));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** The file as it was when the update began; empty for a new file. */
    public Optional<OpenedXliff> earlier() {
        return earlier;
    }

    /** The earlier file, which an update of a file that must exist has. */
    public OpenedXliff opened() {
        return earlier.orElseThrow(
                () -> new IllegalStateException(file + " did not exist when its update began"));
    }

    /**
     * Writes the new version (an earlier one kept as {@code .bak} when asked) and returns the
     * SHA-256 of its bytes, hashed as they were written.
     */
    public String write(
            TranslationDocument document,
            XliffFlavour flavour,
            TermRenderings renderings,
            boolean keepBackup) {
        return XliffFiles.write(
                document, file, keepBackup && earlier.isPresent(), flavour, renderings);
    }

    /** Releases the lock; closing again does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            lock.ifPresent(XliffLock::close);
        }
    }
}
