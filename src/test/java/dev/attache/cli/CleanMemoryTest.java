package dev.attache.cli;

import static dev.attache.cli.ExportedWorksheet.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25, the user's sequence: a row imported as Needs review with a deprecated term must not become an exact
 * match of the project memory for the next transcript.
 */
class CleanMemoryTest {
    static final int STATUS = 4;
    static final String DEPRECATED = "Он лично уделяет пристальное внимание развитию нашего союзного взаимодействия.";

    @TempDir
    Path dir;

    @Test
    void aNeedsReviewRowWithADeprecatedTermIsKeptOutOfTheMemory() throws IOException {
        ExportedWorksheet sheet = ExportedWorksheet.in(dir);
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        sheet.type("p5.s2", TARGET, DEPRECATED);
        sheet.type("p5.s2", STATUS, "Needs review");
        Path tm = dir.resolve("tm");

        CliRun imported = CliRun.of("import", sheet.worksheet().toString(), "--xliff", sheet.xliff().toString(),
                "--tm", tm.toString());

        assertThat(imported.err()).contains("союзного взаимодействия");
        assertThat(imported.out())
                .contains("memory " + tm + ": added 1 pairs; kept out 1 (needs review 1, QA errors 0)");
        Path next = dir.resolve("next.en-ru.xlf");
        CliRun segmented = CliRun.of("segment", SegmentCommandTest.SHIPPED.toString(), "-t", "ru", "-o",
                next.toString(), "--tm", tm.toString());
        assertThat(segmented.exitCode()).as(segmented.err()).isZero();
        assertThat(segmented.out()).contains(": 1 exact,");
        assertThat(Files.readString(next)).contains("Господин Алиев,").doesNotContain("союзного взаимодействия");
    }
}
