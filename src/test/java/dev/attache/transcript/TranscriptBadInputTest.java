package dev.attache.transcript;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not transcripts: one line that names the file and says what is wrong. */
class TranscriptBadInputTest {
    private final TranscriptReader reader = new TranscriptReader();

    @TempDir Path dir;

    @Test
    void aMissingFile() {
        Path missing = dir.resolve("missing.en.txt");

        assertBadInput(missing, missing + ": no such file");
    }

    @Test
    void aDirectory() {
        assertBadInput(dir, dir + ": is a directory, not a transcript file");
    }

    @Test
    void anEmptyFile() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

        assertBadInput(empty, empty + ": is empty");
    }

    @Test
    void aFileOfWhitespaceOnly() throws IOException {
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\r\n  \n", UTF_8);
        Path bomOnly =
                Files.write(
                        dir.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        assertBadInput(blank, blank + ": contains only whitespace");
        assertBadInput(bomOnly, bomOnly + ": contains only whitespace");
    }

    @Test
    void aBinaryFileWithNulBytes() throws IOException {
        byte[] png = {
            (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
        };
        Path binary = Files.write(dir.resolve("picture.txt"), png);

        assertBadInput(
                binary, binary + ":byte 8: NUL byte: this is a binary file, not a transcript");
    }

    @Test
    void aBinaryFileWithControlCharacters() throws IOException {
        Path binary =
                Files.write(
                        dir.resolve("controls.txt"), new byte[] {'A', 'B', 0x01, 0x02, 0x1B, 'C'});

        assertBadInput(
                binary,
                binary
                        + ":character 3: control character U+0001: this is a binary file, not a transcript");
    }

    @Test
    void bytesThatAreNotValidInTheGivenEncoding() throws IOException {
        Path latin =
                Files.write(
                        dir.resolve("latin.txt"),
                        "Caf\u00E9 talks\n".getBytes(Charset.forName("windows-1252")));

        assertThatThrownBy(
                        () -> reader.read(latin, TranscriptOptions.defaults().withEncoding(UTF_8)))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        latin
                                + ":byte 3: not valid UTF-8 text (a binary file, or give the right --encoding)");
    }

    private void assertBadInput(Path file, String message) {
        assertThatThrownBy(() -> reader.read(file, TranscriptOptions.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessage(message);
    }
}
