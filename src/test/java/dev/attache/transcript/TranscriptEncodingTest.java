package dev.attache.transcript;

import static dev.attache.transcript.TranscriptReaderTest.texts;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charsets and line endings, on files this test writes. */
class TranscriptEncodingTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final String ENGLISH =
            """
            Minister\u2019s remarks at the press conference
            27 February 2023
            He said: \u201CWe are ready\u2026 and we will wait.\u201D The talks went on.
            """;
    private static final String RUSSIAN =
            """
            Выступление Министра иностранных дел России С.В.Лаврова
            27 февраля 2023 года
            Уважаемый господин Президент, мы высоко ценим наше сотрудничество.
            Мы отмечаем первую годовщину Декларации о союзническом взаимодействии.
            """;
    private final TranscriptReader reader = new TranscriptReader();

    @TempDir Path dir;

    @Test
    void windows1252WithCurlyQuotesAndTheEllipsisByte() throws IOException {
        byte[] bytes = ENGLISH.getBytes(WINDOWS_1252);
        assertThat(bytes).contains((byte) 0x85, (byte) 0x93, (byte) 0x94, (byte) 0x92);

        LoadedTranscript loaded =
                reader.load(write("cp1252.en.txt", bytes), TranscriptOptions.defaults());

        assertThat(loaded.charset()).isEqualTo(WINDOWS_1252);
        assertThat(texts(loaded.transcript()))
                .containsExactly(ENGLISH.lines().toArray(String[]::new));
        assertThat(texts(loaded.transcript()).get(2)).contains("ready\u2026 and");
    }

    @Test
    void windows1251Russian() throws IOException {
        LoadedTranscript loaded =
                reader.load(
                        write("cp1251.ru.txt", RUSSIAN.getBytes(WINDOWS_1251)),
                        TranscriptOptions.defaults());

        assertThat(loaded.charset()).isEqualTo(WINDOWS_1251);
        assertThat(texts(loaded.transcript()))
                .containsExactly(RUSSIAN.lines().toArray(String[]::new));
    }

    @Test
    void utf8WithAndWithoutByteOrderMark() throws IOException {
        byte[] plain = ENGLISH.getBytes(UTF_8);
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);

        for (byte[] bytes : new byte[][] {plain, withBom}) {
            LoadedTranscript loaded =
                    reader.load(write("utf8.txt", bytes), TranscriptOptions.defaults());
            assertThat(loaded.charset()).isEqualTo(UTF_8);
            assertThat(texts(loaded.transcript()))
                    .containsExactly(ENGLISH.lines().toArray(String[]::new));
        }
    }

    @Test
    void utf16WithByteOrderMark() throws IOException {
        byte[] littleEndian =
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, RUSSIAN.getBytes(UTF_16LE));
        byte[] bigEndian =
                concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, RUSSIAN.getBytes(UTF_16BE));

        LoadedTranscript little =
                reader.load(write("le.txt", littleEndian), TranscriptOptions.defaults());
        LoadedTranscript big =
                reader.load(write("be.txt", bigEndian), TranscriptOptions.defaults());

        assertThat(little.charset()).isEqualTo(UTF_16LE);
        assertThat(big.charset()).isEqualTo(UTF_16BE);
        assertThat(texts(little.transcript()))
                .containsExactly(RUSSIAN.lines().toArray(String[]::new));
        assertThat(texts(big.transcript())).isEqualTo(texts(little.transcript()));
    }

    @Test
    void theGivenEncodingOverridesDetection() throws IOException {
        Path file =
                write(
                        "latin.txt",
                        "Caf\u00E9 talks\nThe na\u00EFve view.\n".getBytes(WINDOWS_1252));

        Transcript asCyrillic =
                reader.read(file, TranscriptOptions.defaults().withEncoding(WINDOWS_1251));
        LoadedTranscript detected = reader.load(file, TranscriptOptions.defaults());

        assertThat(texts(asCyrillic)).containsExactly("Cafй talks", "The naпve view.");
        assertThat(texts(detected.transcript()))
                .containsExactly("Caf\u00E9 talks", "The na\u00EFve view.");
    }

    @Test
    void lineEndingsLfCrlfAndCrGiveTheSameParagraphs() throws IOException {
        String lf = "Title\n27 February 2023\nFirst.  \nSecond.\t\n";
        Transcript unix =
                reader.read(write("lf.txt", lf.getBytes(UTF_8)), TranscriptOptions.defaults());
        Transcript windows =
                reader.read(
                        write("crlf.txt", lf.replace("\n", "\r\n").getBytes(UTF_8)),
                        TranscriptOptions.defaults());
        Transcript oldMac =
                reader.read(
                        write("cr.txt", lf.replace("\n", "\r").getBytes(UTF_8)),
                        TranscriptOptions.defaults());

        assertThat(texts(unix)).containsExactly("Title", "27 February 2023", "First.", "Second.");
        assertThat(windows).isEqualTo(new Transcript("crlf", "en", unix.paragraphs()));
        assertThat(oldMac).isEqualTo(new Transcript("cr", "en", unix.paragraphs()));
    }

    @Test
    void noBreakSpacesAreKeptAndTrailingWhitespaceIsTrimmed() throws IOException {
        Path file =
                write(
                        "nbsp.txt",
                        "Title \t\nIt costs 5\u00A0000 roubles.\u00A0 \r\n".getBytes(UTF_8));

        assertThat(texts(reader.read(file, TranscriptOptions.defaults())))
                .containsExactly("Title", "It costs 5\u00A0000 roubles.\u00A0");
    }

    @Test
    void blankLinesSeparateBlocksWhoseHardWrappedLinesAreJoined() throws IOException {
        String wrapped =
                """

                Remarks at the
                press conference

                27 February 2023

                We are marking the first anniversary
                  of the Declaration. It was signed
                in Moscow.

                NEWSLETTER
                |
                """;
        Path file = write("wrapped.txt", wrapped.getBytes(UTF_8));

        Transcript auto = reader.read(file, TranscriptOptions.defaults());
        Transcript lines =
                reader.read(file, TranscriptOptions.defaults().withMode(ParagraphMode.LINES));

        assertThat(texts(auto))
                .containsExactly(
                        "Remarks at the press conference",
                        "27 February 2023",
                        "We are marking the first anniversary of the Declaration. It was signed in Moscow.",
                        "NEWSLETTER",
                        "|");
        assertThat(TranscriptReaderTest.kinds(auto))
                .containsExactly(
                        ParagraphKind.TITLE,
                        ParagraphKind.DATELINE,
                        ParagraphKind.BODY,
                        ParagraphKind.BOILERPLATE,
                        ParagraphKind.BOILERPLATE);
        assertThat(
                        texts(
                                reader.read(
                                        file,
                                        TranscriptOptions.defaults()
                                                .withMode(ParagraphMode.BLOCKS))))
                .as("blocks, as asked: every block one paragraph")
                .endsWith("NEWSLETTER |");
        assertThat(texts(lines)).hasSize(8).startsWith("Remarks at the", "press conference");
    }

    @Test
    void blankLinesAtTheStartOrEndDoNotMakeBlocks() throws IOException {
        Path file =
                write(
                        "edges.txt",
                        "\n\n  \nTitle\nFirst line.\nSecond line.\n\n\n".getBytes(UTF_8));

        assertThat(texts(reader.read(file, TranscriptOptions.defaults())))
                .containsExactly("Title", "First line.", "Second line.");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
