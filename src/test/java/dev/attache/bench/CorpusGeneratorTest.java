package dev.attache.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.segment.SrxSegmenter;
import dev.attache.transcript.Paragraph;
import dev.attache.transcript.ParagraphKind;
import dev.attache.transcript.Transcript;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.transcript.TranscriptReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's generated transcripts: the same bytes for the same seed, laid out and worded like
 * the shipped one.
 */
class CorpusGeneratorTest {
    @TempDir Path dir;

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        assertThat(generated(CorpusGenerator.SEED))
                .isEqualTo(generated(CorpusGenerator.SEED))
                .isNotEqualTo(generated(CorpusGenerator.SEED + 1));
    }

    @Test
    void tenThousandWordsReadAsATranscriptWithEveryParagraphKind() throws IOException {
        Path file = dir.resolve("bench-10000.en.txt");
        long words = new CorpusGenerator(CorpusGenerator.SEED).write(10_000, file);
        assertThat(words).isBetween(10_000L, 10_200L);
        assertThat(Files.readString(file, StandardCharsets.UTF_8).split("\\s+"))
                .hasSizeBetween(10_000, 10_220);

        Transcript transcript = new TranscriptReader().read(file, TranscriptOptions.defaults());
        List<ParagraphKind> kinds = transcript.paragraphs().stream().map(Paragraph::kind).toList();
        assertThat(kinds.subList(0, 5))
                .containsExactly(
                        ParagraphKind.TITLE,
                        ParagraphKind.DATELINE,
                        ParagraphKind.REFERENCE,
                        ParagraphKind.SALUTATION,
                        ParagraphKind.BODY);
        List<Paragraph> body = transcript.ofKind(ParagraphKind.BODY);
        assertThat(body)
                .hasSizeBetween(150, 250)
                .hasSize(kinds.size() - 4 - count(kinds, ParagraphKind.BOILERPLATE));
        SrxSegmenter segmenter = SrxSegmenter.english();
        for (Paragraph paragraph : body) {
            assertThat(segmenter.segment(paragraph.text()).segments())
                    .as(paragraph.text())
                    .hasSizeBetween(2, 7);
        }
    }

    @Test
    void theGlossaryTermsAppearInTheirForms() throws IOException {
        // 100,000 words: the termbase's 500-odd concepts are drawn at random, each about 20 times
        String text = generated(CorpusGenerator.SEED, 100_000);
        for (String term :
                List.of(
                        "allied interaction",
                        "mega-projects",
                        "the Declaration on Allied Interaction",
                        "Foreign Minister",
                        "Republic of Azerbaijan",
                        "Russian Federation",
                        "bilateral relations",
                        "Sergey Lavrov",
                        "Ilham Aliyev",
                        "Jeyhun Bayramov",
                        "Vladimir Putin",
                        "Mr. ",
                        "Dr. ",
                        "e.g. ",
                        "U.S. ",
                        "No. ",
                        " a.m. ",
                        "'s ")) {
            assertThat(text).as(term).contains(term);
        }
    }

    private static String generated(long seed) throws IOException {
        return generated(seed, 10_000);
    }

    private static String generated(long seed, long words) throws IOException {
        StringWriter out = new StringWriter();
        new CorpusGenerator(seed).write(words, out);
        return out.toString();
    }

    private static int count(List<ParagraphKind> kinds, ParagraphKind kind) {
        return (int) kinds.stream().filter(kind::equals).count();
    }
}
