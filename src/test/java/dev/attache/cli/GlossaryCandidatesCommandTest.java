package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.glossary.TbxReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryCandidatesCommandTest {
    private static final Path REAL_PAGE = Path.of("src/test/resources/realpages/mid.ru/lavrov-mammadyarov-moscow-2017.txt");

    @TempDir
    Path dir;

    @Test
    void listsTheNamesOfARealPageThatTheGlossaryLacksAndWritesThemAsTbx() throws IOException {
        Path page = dir.resolve("lavrov-mammadyarov.en.txt");
        Files.copy(REAL_PAGE, page);
        Path tbx = dir.resolve("draft.tbx");

        CliRun run = CliRun.of("glossary", "candidates", page.toString(), "--tbx", tbx.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^\\d+\tname\tElmar Mammadyarov\t" + Path.of(page.toString())
                + ": .*Elmar Mammadyarov").doesNotContain("\tSergey Lavrov\t");
        assertThat(run.err()).containsPattern("\\d+ names not in the glossary");
        String draft = Files.readString(tbx, StandardCharsets.UTF_8);
        assertThat(new TbxReader().read(tbx, draft.getBytes(StandardCharsets.UTF_8)).glossary().concepts())
                .anyMatch(c -> c.terms("en").get(0).text().equals("Elmar Mammadyarov"));
    }
}
