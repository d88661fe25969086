package dev.attache.transcript;

import static dev.attache.transcript.ParagraphKind.BODY;
import static dev.attache.transcript.ParagraphKind.BOILERPLATE;
import static dev.attache.transcript.ParagraphKind.DATELINE;
import static dev.attache.transcript.ParagraphKind.REFERENCE;
import static dev.attache.transcript.ParagraphKind.SALUTATION;
import static dev.attache.transcript.ParagraphKind.TITLE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptReaderTest {
    private static final Path SHIPPED = Path.of("transcripts/lavrov-aliyev-2023-02-27.en.txt");
    private final TranscriptReader reader = new TranscriptReader();

    @TempDir Path dir;

    @Test
    void theShippedTranscriptHasItsHeaderSevenBodyParagraphsAndTheFooter() {
        LoadedTranscript loaded = reader.load(SHIPPED, TranscriptOptions.defaults());
        Transcript transcript = loaded.transcript();

        assertThat(loaded.charset()).isEqualTo(UTF_8);
        assertThat(transcript.name()).isEqualTo("lavrov-aliyev-2023-02-27");
        assertThat(transcript.language()).isEqualTo("en");
        assertThat(kinds(transcript))
                .containsExactly(
                        TITLE,
                        DATELINE,
                        REFERENCE,
                        SALUTATION,
                        BODY,
                        BODY,
                        BODY,
                        BODY,
                        BODY,
                        BODY,
                        BODY,
                        BOILERPLATE,
                        BOILERPLATE,
                        BOILERPLATE,
                        BOILERPLATE,
                        BOILERPLATE);
        assertThat(transcript.paragraphs().get(0).text())
                .startsWith("Foreign Minister Sergey Lavrov's opening")
                .endsWith("Ilham Aliyev, Baku, February 27, 2023");
        assertThat(texts(transcript).subList(1, 4))
                .containsExactly("27 February 2023 20:59", "359-27-02-2023", "Mr Aliyev,");
        assertThat(texts(transcript).subList(11, 16))
                .containsExactly(
                        "NEWSLETTER", "|", "Join the GlobalSecurity.org mailing list |", "|", "|");
        assertThat(transcript.paragraphs())
                .extracting(Paragraph::index)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(transcript.translatable()).hasSize(10);
    }

    @Test
    void kindsAreFoundByShapeInAnotherTranscript() throws IOException {
        Path file =
                write(
                        "shoigu-speech.en.txt",
                        """
                Defence Minister's remarks at the CSTO Council
                Monday, 3 April 2023, 10:15
                No. 1234/05-2023
                Dear colleagues, ladies and gentlemen,
                Thank you for coming. We have a lot to discuss.
                Yesterday, as you know, we met with our partners from Kazakhstan, Kyrgyzstan, Tajikistan,
                Distinguished guests,
                Let me conclude.
                * * *
                SHARE
                Home | About us | Contact
                © 2023 Ministry of Defence. All rights reserved.
                https://example.org/news/1234
                """);

        assertThat(kinds(reader.read(file, TranscriptOptions.defaults())))
                .containsExactly(
                        TITLE,
                        DATELINE,
                        REFERENCE,
                        SALUTATION,
                        BODY,
                        BODY,
                        SALUTATION,
                        BODY,
                        BOILERPLATE,
                        BOILERPLATE,
                        BOILERPLATE,
                        BOILERPLATE,
                        BOILERPLATE);
    }

    @Test
    void datelinesComeInSeveralShapes() throws IOException {
        List<String> datelines =
                List.of(
                        "February 27, 2023",
                        "27 February 2023",
                        "27 Feb. 2023 9:05",
                        "Feb 27, 2023 at 8:30 p.m.",
                        "2023-02-27",
                        "27.02.2023 20:59 MSK",
                        "Tuesday, February 28, 2023");
        for (String dateline : datelines) {
            Path file = write("dated.txt", "A title\n" + dateline + "\nSome text.\n");
            assertThat(kinds(reader.read(file, TranscriptOptions.defaults())))
                    .as(dateline)
                    .containsExactly(TITLE, DATELINE, BODY);
        }
    }

    @Test
    void footerLookalikesBeforeTheLastBodyParagraphAreBodyButASeparatorIsFurnitureEverywhere()
            throws IOException {
        Path file =
                write(
                        "sections.txt",
                        "Title\nFirst part.\n* * *\nNATO\nSecond part ends here.\n|\n");

        assertThat(kinds(reader.read(file, TranscriptOptions.defaults())))
                .containsExactly(TITLE, BODY, BOILERPLATE, BODY, BODY, BOILERPLATE);
    }

    @Test
    void aLongLineEndingWithACommaIsBodyNotASalutation() throws IOException {
        Path file =
                write(
                        "comma.txt",
                        "Title\nWe thank our partners in Baku, Yerevan, Tbilisi, Astana and Tashkent,\n");

        assertThat(kinds(reader.read(file, TranscriptOptions.defaults())))
                .containsExactly(TITLE, BODY);
    }

    @Test
    void nameAndLanguageComeFromTheFileName() throws IOException {
        Transcript tagged =
                reader.read(write("talks.ru.txt", "Title\n"), TranscriptOptions.defaults());
        Transcript untagged =
                reader.read(write("press-briefing.txt", "Title\n"), TranscriptOptions.defaults());

        assertThat(List.of(tagged.name(), tagged.language())).containsExactly("talks", "ru");
        assertThat(List.of(untagged.name(), untagged.language()))
                .containsExactly("press-briefing", "en");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, UTF_8);
    }

    static List<ParagraphKind> kinds(Transcript transcript) {
        return transcript.paragraphs().stream().map(Paragraph::kind).toList();
    }

    static List<String> texts(Transcript transcript) {
        return transcript.paragraphs().stream().map(Paragraph::text).toList();
    }

    static Charset charset(String name) {
        return Charset.forName(name);
    }
}
