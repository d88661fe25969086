package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.memory.LanguagePair;
import dev.attache.memory.MemoryContents;
import dev.attache.memory.MemoryEntry;
import dev.attache.memory.ProjectMemory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tm add} reads a TMX file a batch at a time (here 100 pairs, to see several batches and a
 * last short one): every pair goes in once, the counts add up over the batches, and adding the file
 * again changes nothing.
 */
class TmxStreamingAddTest {
    private static final int UNITS = 250;

    @TempDir Path dir;

    @Test
    void aTmxFileGoesInBatchByBatchAndWhole() throws Exception {
        Path tmx = dir.resolve("archive.tmx");
        Files.writeString(
                tmx,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header "
                        + "creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" "
                        + "srclang=\"en\" datatype=\"plaintext\"/><body>\n"
                        + IntStream.range(0, UNITS)
                                .mapToObj(
                                        i ->
                                                "<tu><tuv xml:lang=\"en\"><seg>Item %d was discussed.</seg></tuv><tuv xml:lang=\"ru\"><seg>Пункт %d "
                                                                .formatted(i, i)
                                                        + "был обсуждён.</seg></tuv></tu>")
                                .collect(Collectors.joining("\n"))
                        + "\n</body></tmx>\n",
                StandardCharsets.UTF_8);
        Path tm = dir.resolve("tm");

        TmAddFlow.Result first = new TmAddFlow(100).run(new TmAddFlow.Request(List.of(tmx), tm));
        TmAddFlow.Result again = new TmAddFlow(100).run(new TmAddFlow.Request(List.of(tmx), tm));

        assertThat(first.pairs()).isEqualTo(UNITS);
        assertThat(first.summary().added()).isEqualTo(UNITS);
        assertThat(again.summary().unchanged()).isEqualTo(UNITS);
        assertThat(again.summary().written()).isZero();
        try (ProjectMemory memory = ProjectMemory.open(tm)) {
            List<MemoryEntry> entries = MemoryContents.of(memory);
            assertThat(entries).hasSize(UNITS);
            assertThat(
                            memory.lookup(
                                    "Item 249 was discussed.", LanguagePair.of("en", "ru"), 100, 1))
                    .singleElement()
                    .satisfies(
                            m ->
                                    assertThat(m.entry().target())
                                            .isEqualTo("Пункт 249 был обсуждён."));
        }
    }
}
