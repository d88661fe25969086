package dev.attache.transcript.rich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.SourceFormat;
import dev.attache.transcript.Paragraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: a label and its colon in bold at the start of a page's paragraph is a speaker turn; in
 * italics it is not.
 */
class BoldSpeakerLabelTest {
    @TempDir Path dir;

    @Test
    void onlyABoldPairHoldingExactlyTheLabelAndItsColonMakesATurn() throws IOException {
        Path page =
                Files.writeString(
                        dir.resolve("qa.en.html"),
                        """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body><article>
                <h1>Talks in Moscow</h1>
                <p><b>Sergey Lavrov:</b> We agreed.</p>
                <p><strong>Question:</strong> Why now?</p>
                <p><i>Jeyhun Bayramov:</i> Thank you.</p>
                <p><b>Sergey Lavrov</b>: The colon is outside.</p>
                <p>Sergey Lavrov: A bare label.</p>
                </article></body></html>
                """,
                        StandardCharsets.UTF_8);

        List<Paragraph> paragraphs =
                new RichSourceReader()
                        .read(page, SourceFormat.HTML, Optional.empty())
                        .transcript()
                        .paragraphs();

        assertThat(paragraphs)
                .extracting(Paragraph::speaker)
                .containsExactly(
                        Optional.empty(),
                        Optional.of("Sergey Lavrov"),
                        Optional.of("Question"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("Sergey Lavrov"));
        assertThat(paragraphs)
                .extracting(Paragraph::speakerToken)
                .containsExactly(0, 1, 1, 0, 0, 0);
        assertThat(paragraphs.get(1).spokenText()).isEqualTo("We agreed.");
        assertThat(paragraphs.get(3).spokenText()).isEqualTo("{1}Jeyhun Bayramov:{/1} Thank you.");
    }
}
