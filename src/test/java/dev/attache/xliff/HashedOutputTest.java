package dev.attache.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.TermRenderings;
import dev.attache.model.TranslationDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SHA-256 that writing an XLIFF file returns, taken on a thread of its own while the file is
 * written, is that of the file's bytes; and a write that fails ends the hashing thread too.
 */
class HashedOutputTest {
    @TempDir Path dir;

    @Test
    void theHashIsThatOfEveryByteWrittenInOrder() throws IOException {
        Random random = new Random(7);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        HashedOutput hashed = new HashedOutput(written);
        for (int i = 0; i < 2_000; i++) {
            byte[] chunk = new byte[random.nextInt(20_000)];
            random.nextBytes(chunk);
            int offset = chunk.length == 0 ? 0 : random.nextInt(chunk.length);
            hashed.write(chunk, offset, chunk.length - offset);
            hashed.write(i);
        }
        assertThat(hashed.sha256()).isEqualTo(DigestUtils.sha256Hex(written.toByteArray()));
    }

    @Test
    void writingAFileReturnsTheHashOfItsBytes() throws IOException {
        Path shipped = Path.of("xliff/lavrov-aliyev-2023-02-27.en-ru.xlf");
        TranslationDocument document = XliffFiles.read(shipped);
        Path file = dir.resolve("copy.en-ru.xlf");

        String sha256 =
                XliffFiles.write(
                        document,
                        file,
                        false,
                        XliffFlavour.standard(XliffVersion.V1_2),
                        TermRenderings.none());

        assertThat(sha256).isEqualTo(DigestUtils.sha256Hex(Files.readAllBytes(file)));
    }

    @Test
    void theHashingThreadEndsWithTheHash() throws IOException {
        long before = hashers();
        HashedOutput hashed = new HashedOutput(OutputStream.nullOutputStream());
        assertThat(hashers()).isEqualTo(before + 1);
        hashed.sha256();
        assertThat(hashers()).isEqualTo(before);
    }

    private static long hashers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("xliff hasher") && t.isAlive())
                .count();
    }
}
