package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.align.SentenceAlignment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents too long for Okapi's aligner (a cell for every pair of sentences) are refused in one
 * line before the aligner runs out of heap, naming both files and their sentences.
 */
class AlignCommandTest {
    @TempDir Path dir;

    @Test
    void theBoundGrowsWithTheProductOfTheSentences() {
        assertThat(SentenceAlignment.fits(2_000, 2_000)).isTrue();
        assertThat(SentenceAlignment.fits(60_000, 60_000)).isFalse();
    }

    @Test
    void documentsTooLongForTheHeapAreRefusedInOneLine() throws Exception {
        Path english = dir.resolve("long.en.txt");
        Path russian = dir.resolve("long.ru.txt");
        Files.writeString(
                english,
                IntStream.rangeClosed(1, 1_500)
                        .mapToObj(i -> "The minister met ambassador number " + i + " in Baku.")
                        .collect(Collectors.joining("\n\n")));
        Files.writeString(
                russian,
                IntStream.rangeClosed(1, 1_500)
                        .mapToObj(i -> "Министр встретился с послом номер " + i + " в Баку.")
                        .collect(Collectors.joining("\n\n")));

        HostileInputTest.Outcome run =
                HostileInputTest.inNewJvm(
                        "jvm -Xmx64m",
                        dir,
                        new String[] {"align", english.toString(), russian.toString(), "-t", "ru"});

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip())
                .hasLineCount(1)
                .startsWith("error: " + english + ": with " + russian + ": 1500 × 1500 sentences")
                .contains("too many to align at once");
        assertThat(dir.resolve("xliff")).doesNotExist();
    }
}
