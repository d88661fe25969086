package dev.attache.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * The bytes a piece of work reads from each file, as the JVM's flight recorder sees every read
 * ({@code jdk.FileRead}, threshold zero: {@code FileInputStream}, {@code RandomAccessFile} and
 * {@code FileChannel}, on every thread). A file read twice shows twice its size.
 */
record FileReads(Map<Path, Long> bytes) {
    static FileReads during(Runnable work) {
        try (Recording recording = new Recording()) {
            recording.enable("jdk.FileRead").withThreshold(Duration.ZERO).withoutStackTrace();
            recording.start();
            work.run();
            recording.stop();
            Path dump = Files.createTempFile("file-reads", ".jfr");
            try {
                recording.dump(dump);
                Map<Path, Long> bytes = new HashMap<>();
                for (RecordedEvent event : RecordingFile.readAllEvents(dump)) {
                    String path = event.getString("path");
                    long read = event.getLong("bytesRead");
                    if (path != null && read > 0) {
                        bytes.merge(Path.of(path).toAbsolutePath().normalize(), read, Long::sum);
                    }
                }
                return new FileReads(bytes);
            } finally {
                Files.delete(dump);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes read from {@code file}. */
    long of(Path file) {
        return bytes.getOrDefault(file.toAbsolutePath().normalize(), 0L);
    }
}
