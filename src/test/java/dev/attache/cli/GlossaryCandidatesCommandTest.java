package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.glossary.TbxReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryCandidatesCommandTest {
    private static final Path REAL_PAGE =
            Path.of("src/test/resources/realpages/kremlin.ru/news-conference-2012.txt");

    @TempDir Path dir;

    @Test
    void listsTheNamesOfARealPageThatTheGlossaryLacksAndWritesThemAsTbx() throws IOException {
        Path page = dir.resolve("news-conference-2012.en.txt");
        Files.copy(REAL_PAGE, page);
        Path tbx = dir.resolve("draft.tbx");

        CliRun run = CliRun.of("glossary", "candidates", page.toString(), "--tbx", tbx.toString());

        assertThat(run.exitCode()).isZero();
        // every line: count, kind, a name the termbase lacks, and where it was first seen; the
        // page's chrome
        // and persons the termbase holds (Vladimir Putin, Dmitry Medvedev) are not listed
        List<String> lines = run.out().lines().toList();
        assertThat(lines)
                .isNotEmpty()
                .allMatch(
                        l ->
                                l.matches(
                                        "\\d+\t(name|abbreviation)\t[^\t]+\t"
                                                + java.util.regex.Pattern.quote(page.toString())
                                                + ": .+"));
        assertThat(run.out()).doesNotContain("\tVladimir Putin\t", "\tDmitry Medvedev\t");
        assertThat(run.err()).contains(lines.size() + " names not in the glossary");
        String draft = Files.readString(tbx, StandardCharsets.UTF_8);
        assertThat(
                        new TbxReader()
                                .read(tbx, draft.getBytes(StandardCharsets.UTF_8))
                                .glossary()
                                .concepts())
                .extracting(c -> c.terms("en").get(0).text())
                .containsExactlyElementsOf(lines.stream().map(l -> l.split("\t")[2]).toList());
    }

    @Test
    void prepareCountsTheNamesOnlyWhereThereAreSome() throws Exception {
        Path page = dir.resolve("news-conference-2012.en.txt");
        Files.copy(REAL_PAGE, page);
        int names =
                CliRun.of("glossary", "candidates", page.toString()).out().lines().toList().size();

        HostileInputTest.Outcome real =
                HostileInputTest.inNewJvm(
                        "jvm", dir, new String[] {"prepare", page.toString(), "-t", "ru"});
        HostileInputTest.Outcome shipped =
                HostileInputTest.inNewJvm(
                        "jvm",
                        dir,
                        new String[] {
                            "prepare",
                            Path.of("transcripts/lavrov-aliyev-2023-02-27.en.txt")
                                    .toAbsolutePath()
                                    .toString(),
                            "-t",
                            "ru",
                            "--force"
                        });

        assertThat(real.err())
                .contains(
                        names
                                + " names not in the glossary (attache glossary candidates "
                                + page
                                + ")");
        assertThat(shipped.exit()).as(shipped.err()).isZero();
        assertThat(shipped.err()).doesNotContain("not in the glossary");
    }
}
