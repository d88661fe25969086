package dev.attache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir Path dir;

    @Test
    void aNewFileIsReadableByAllNotPrivateLikeATemporaryFile() throws IOException {
        Path file = dir.resolve("out.xlf");
        new AtomicFile(file).write(out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndItsPreviousVersionAsBak() throws IOException {
        Path file = Files.writeString(dir.resolve("out.xlf"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));

        new AtomicFile(file).write(out -> out.write("new".getBytes(StandardCharsets.UTF_8)), true);

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(Files.readString(dir.resolve("out.xlf.bak"))).isEqualTo("old");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void aFailureLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("out.xlf"), "old");

        assertThatThrownBy(
                        () ->
                                new AtomicFile(file)
                                        .write(
                                                out -> {
                                                    out.write(
                                                            "half"
                                                                    .getBytes(
                                                                            StandardCharsets
                                                                                    .UTF_8));
                                                    throw new IOException("disk full");
                                                }))
                .hasMessageContaining("cannot write " + file.toAbsolutePath() + ": disk full");

        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
