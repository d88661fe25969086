package dev.attache;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Writes a file through a temporary sibling, synced to the disk, then moved into place atomically
 * (and the folder synced), so that a failure or a killed process never leaves a partial file behind
 * and a reader never sees half of one: the file is the old one or the new one.
 */
public final class AtomicFile {
    /** What writes the content; it may throw, and then nothing is left behind. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A new file is readable by all, like one a shell would make (rw-r--r--), not private like a
     * temporary file.
     */
    private static final Set<PosixFilePermission> READABLE =
            PosixFilePermissions.fromString("rw-r--r--");

    private final Path target;

    public AtomicFile(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    public Path target() {
        return target;
    }

    /** Writes the content, then moves it over the target. */
    public void write(Content content) {
        write(content, false);
    }

    /**
     * Writes the content; when {@code keepBackup}, an existing target is first copied to {@code
     * <target>.bak}.
     */
    public void write(Content content, boolean keepBackup) {
        Path dir = target.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.setPosixFilePermissions(
                    temp, Files.exists(target) ? Files.getPosixFilePermissions(target) : READABLE);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out =
                            new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(
                        CloseShieldOutputStream.wrap(
                                out)); // a writer that closes its stream (Okapi's TMX
                out.flush(); // writer does) must not close it before the sync
                channel.force(true);
            }
            if (keepBackup) {
                keepBackup();
            }
            move(temp, target);
            temp = null;
            syncFolder(dir);
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException(
                    "Attaché needs a file system with POSIX permissions", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + reason(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Copies the target, when it exists, to {@code <target>.bak} the same way: through a temporary
     * sibling, synced, moved into place, so that a run killed meanwhile leaves the old {@code .bak}
     * or the new one.
     */
    public void keepBackup() {
        if (!Files.exists(target)) {
            return;
        }
        Path backup = target.resolveSibling(target.getFileName() + ".bak");
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + backup.getFileName(), ".tmp");
            Files.copy(
                    target,
                    temp,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(temp, backup);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep " + target + " as .bak: " + reason(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Makes the move itself durable: the folder's entry, not only the file's bytes, reaches the
     * disk.
     */
    private static void syncFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a folder; the file itself is synced and in place
        }
    }

    /** Why writing failed, in words: the exceptions of java.nio name only the file. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(
                    from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the original failure is the one worth reporting
        }
    }
}
