package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.TermHit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The golden hit list of the shipped transcript with the fixture glossary. To regenerate it after a
 * deliberate change, run with {@code -Dattache.golden.update=true} and review the diff.
 */
class TranscriptTermHitsTest {
    private static final Path TRANSCRIPT = Path.of("transcripts/lavrov-aliyev-2023-02-27.en.txt");
    private static final Path EXPECTED =
            Path.of("src/test/resources/cases/lavrov-aliyev-2023-02-27/term-hits.en.txt");

    @Test
    void hitsInTheShippedTranscriptAreTheGoldenOnes() throws IOException {
        String actual =
                hitList(
                        Files.readAllLines(TRANSCRIPT, StandardCharsets.UTF_8),
                        new TermMatcher(GlossaryFixture.glossary(), "en"));
        if (Boolean.getBoolean("attache.golden.update")) {
            Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
    }

    /** One line per hit: paragraph (line number), offsets within it, concept, text matched. */
    private static String hitList(List<String> lines, TermMatcher matcher) {
        StringBuilder out =
                new StringBuilder("# paragraph (line)\tstart-end\tconcept\tmatched text\n");
        for (int i = 0; i < lines.size(); i++) {
            for (TermHit hit : matcher.find(lines.get(i))) {
                out.append('p')
                        .append(i + 1)
                        .append('\t')
                        .append(hit.start())
                        .append('-')
                        .append(hit.end())
                        .append('\t')
                        .append(hit.conceptId())
                        .append('\t')
                        .append(hit.matchedText())
                        .append('\n');
            }
        }
        return out.toString();
    }
}
