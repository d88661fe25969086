package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import dev.attache.transcript.TranscriptOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareFlowTest {
    @TempDir Path dir;

    private SegmentFlow.Request transcript(Path file, String... langs) {
        return new SegmentFlow.Request(
                file,
                Stream.of(langs).map(Locale::forLanguageTag).toList(),
                Optional.empty(),
                dir.resolve("xliff"),
                TranscriptOptions.defaults(),
                Optional.empty(),
                false,
                new GlossaryChoice.None());
    }

    private List<PrepareFlow.Prepared> prepare(
            boolean replace, SegmentFlow.Request... transcripts) {
        return new PrepareFlow()
                .run(
                        new PrepareFlow.Request(
                                List.of(transcripts),
                                dir.resolve("worksheets"),
                                Optional.empty(),
                                replace));
    }

    private List<Path> written() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getParent().equals(dir))
                    .sorted()
                    .toList();
        }
    }

    private Path remarks(String text) throws IOException {
        return Files.writeString(dir.resolve("remarks.en.txt"), text, StandardCharsets.UTF_8);
    }

    @Test
    void writesAnXliffFileAndAWorksheetPerLanguage() throws IOException {
        prepare(
                false,
                transcript(remarks("Remarks\nWe met today. We agreed.\n"), "ru", "az", "ru"));

        assertThat(written())
                .extracting(p -> dir.relativize(p).toString())
                .containsExactly(
                        "worksheets/remarks.en-az.xlsx", "worksheets/remarks.en-ru.xlsx",
                        "xliff/remarks.en-az.xlf", "xliff/remarks.en-ru.xlf");
    }

    @Test
    void anExistingWorksheetIsNotOverwrittenUnasked() throws IOException {
        Path transcript = remarks("Remarks\nWe met today. We agreed.\n");
        prepare(false, transcript(transcript, "ru"));
        Path worksheet = dir.resolve("worksheets/remarks.en-ru.xlsx");
        byte[] filled = Files.readAllBytes(worksheet);
        Files.writeString(
                transcript, "Remarks\nWe met today. We agreed on much.\n", StandardCharsets.UTF_8);
        String xliffBefore = Files.readString(dir.resolve("xliff/remarks.en-ru.xlf"));

        assertThatThrownBy(() -> prepare(false, transcript(transcript, "ru")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "remarks.en-ru.xlsx: exists and may hold translations not yet imported");
        assertThat(Files.readString(dir.resolve("xliff/remarks.en-ru.xlf"))).isEqualTo(xliffBefore);

        prepare(true, transcript(transcript, "ru"));
        assertThat(Files.readAllBytes(Path.of(worksheet + ".bak"))).isEqualTo(filled);
        assertThat(Files.readString(dir.resolve("xliff/remarks.en-ru.xlf")))
                .contains("We agreed on much.");
    }

    @Test
    void aMissingTranscriptLeavesNoPartialOutput() throws IOException {
        Path good = remarks("Remarks\nWe met today.\n");

        assertThatThrownBy(
                        () ->
                                prepare(
                                        false,
                                        transcript(good, "ru"),
                                        transcript(dir.resolve("nope.en.txt"), "ru")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("nope.en.txt");
        assertThat(written()).isEmpty();
    }

    @Test
    void aParagraphTooLongForACellLeavesNoPartialOutput() throws IOException {
        Path huge = remarks("Remarks\n" + "word ".repeat(7000) + "end.\n");

        assertThatThrownBy(() -> prepare(false, transcript(huge, "ru")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("more than a worksheet cell holds (32767)");
        assertThat(written()).isEmpty();
    }

    @Test
    void theTranscriptsOwnLanguageIsNoTarget() throws IOException {
        Path transcript = remarks("Remarks\nWe met today.\n");

        assertThatThrownBy(() -> prepare(false, transcript(transcript, "en")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("remarks.en.txt: is in 'en' already");
        assertThat(written()).isEmpty();
    }
}
