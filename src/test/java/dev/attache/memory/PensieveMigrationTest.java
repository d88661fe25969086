package dev.attache.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.flow.TranslatedFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A memory folder written before issue 25 (the Pensieve index in {@code
 * src/test/resources/memory/pensieve-tm}: the shipped transcript's 27 pairs in Russian and in
 * Azerbaijani, added by the code of commit 2f74675) opens as a memory: rewritten in the new format,
 * every entry kept with its provenance, looked up exactly and fuzzily.
 */
class PensieveMigrationTest {
    @TempDir Path dir;

    @Test
    void aPensieveFolderKeepsEveryEntry() throws IOException {
        Path tm = copy(Path.of("src/test/resources/memory/pensieve-tm"), dir.resolve("tm"));
        List<MemoryEntry> expected =
                Stream.concat(
                                ProjectMemoryTest.translated(dir, "ru").stream(),
                                ProjectMemoryTest.translated(dir, "az").stream())
                        .toList();

        try (ProjectMemory memory = ProjectMemory.open(tm)) {
            assertThat(memory.counts())
                    .isEqualTo(Map.of(ProjectMemoryTest.EN_RU, 27, ProjectMemoryTest.EN_AZ, 27));
            assertThat(MemoryContents.of(memory)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(memory.lookup(ProjectMemoryTest.EXACT, ProjectMemoryTest.EN_RU, 75, 3))
                    .first()
                    .satisfies(
                            m -> {
                                assertThat(m.exact()).isTrue();
                                assertThat(m.entry().target())
                                        .isEqualTo(
                                                TranslatedFixture.translationOf(
                                                        ProjectMemoryTest.EXACT, "ru"));
                            });
            assertThat(memory.lookup(ProjectMemoryTest.ONE_WORD, ProjectMemoryTest.EN_AZ, 75, 3))
                    .first()
                    .satisfies(m -> assertThat(m.score()).isEqualTo(90));
        }
        try (ProjectMemory again = ProjectMemory.open(tm)) {
            assertThat(MemoryContents.of(again)).hasSize(54);
            assertThat(again.add(expected)).isEqualTo(new AddSummary(0, 0, 54));
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
