package dev.attache.xliff;

import dev.attache.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The lock one {@code import} holds on an XLIFF file from reading it to writing it, so that two
 * imports into one file run one after the other: the second reads what the first wrote, and both
 * sheets' work ends up in the file (or is reported as a conflict). An operating-system lock ({@link
 * FileChannel#tryLock()}) on a hidden file beside the XLIFF ({@code .x.en-ru.xlf.lock}); the
 * operating system releases it when a process ends, however it ends. The lock file stays: deleting
 * it would let a third process lock a new file while the second holds the old one.
 */
public final class XliffLock implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 100;

    private final FileChannel channel;
    private final FileLock lock;

    private XliffLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits up to {@code wait} for the lock of {@code xliff}; a file another run keeps locked
     * longer is bad input.
     */
    public static XliffLock acquire(Path xliff, Duration wait) {
        Path file = xliff.toAbsolutePath().resolveSibling("." + xliff.getFileName() + ".lock");
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            FileChannel channel =
                    FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                while (true) {
                    FileLock lock = tryLock(channel);
                    if (lock != null) {
                        return new XliffLock(channel, lock);
                    }
                    if (System.nanoTime() > deadline) {
                        throw new BadInputException(
                                xliff,
                                "another import into this file has been running for "
                                        + wait.toSeconds()
                                        + " s (it holds "
                                        + file.getFileName()
                                        + "); run again when it "
                                        + "has finished");
                    }
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (RuntimeException | InterruptedException e) {
                channel.close();
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + file, e);
                }
                throw (RuntimeException) e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot lock " + xliff + " (through " + file + "): " + e.getMessage(), e);
        }
    }

    /** The lock, or null while another process (or another import in this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try (FileChannel held = channel) {
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock on " + channel, e);
        }
    }
}
