package dev.attache.flow;

import dev.attache.worksheet.Manifest;
import dev.attache.worksheet.Worksheet;
import dev.attache.worksheet.WorksheetReader;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A worksheet read on a thread of its own, its manifest handed over as soon as it is read: {@code
 * import} reads the XLIFF file the manifest names while the translation sheet's rows are still
 * being read. A failure of the reading is rethrown as the reader threw it. Asked for from one
 * thread.
 */
final class WorksheetReading {
    private final CompletableFuture<Manifest> manifest = new CompletableFuture<>();
    private CompletableFuture<Worksheet> worksheet = new CompletableFuture<>();

    /** Starts reading {@code xlsx}. */
    WorksheetReading(Path xlsx) {
        CompletableFuture<Manifest> manifestRead = manifest;
        CompletableFuture<Worksheet> read = worksheet;
        Thread reader =
                new Thread(
                        () -> {
                            try {
                                read.complete(
                                        new WorksheetReader().read(xlsx, manifestRead::complete));
                            } catch (RuntimeException | Error e) {
                                manifestRead.completeExceptionally(e);
                                read.completeExceptionally(e);
                            }
                        },
                        "worksheet reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The manifest, once read. */
    Manifest manifest() {
        return joined(manifest);
    }

    /**
     * The whole worksheet, once read, which this then lets go of: at 5 M words its rows take some
     * 200 MB, which the QA after the reconciliation needs.
     */
    Worksheet take() {
        Worksheet read = joined(worksheet);
        worksheet = CompletableFuture.completedFuture(null);
        return read;
    }

    /** Waits for the reading to end, and rethrows its failure if it failed. */
    void rethrowFailure() {
        joined(worksheet);
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
