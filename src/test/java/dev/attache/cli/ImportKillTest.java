package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a real {@code attache import} process killed (SIGKILL) at any moment of a large import leaves the XLIFF
 * file whole: every segment as it was, or every segment translated; never a truncated or unreadable file. The
 * write goes through a synced temporary file moved into place ({@link dev.attache.AtomicFile}), and the lock a
 * killed run held is released by the operating system, so the next import goes through.
 */
class ImportKillTest {
    private static final int KILLS = 12;

    @TempDir
    Path dir;

    @Test
    void aKillAtAnyMomentOfAnImportLeavesTheOldXliffOrTheNewOne() throws Exception {
        LargeImport large = LargeImport.make(dir, 40_000);
        Path original = Files.copy(large.xliff(), dir.resolve("original.xlf"));
        Path sheet = large.filled(dir.resolve("filled.xlsx"), row -> true);
        Map<String, String> old = LargeImport.targets(original);
        assertThat(old.values()).allMatch(String::isEmpty);
        Map<String, String> translated = old.keySet().stream()
                .collect(Collectors.toMap(id -> id, LargeImport::translationOf));

        long start = System.nanoTime();
        Process full = new ProcessBuilder(LargeImport.importCommand(sheet, large.xliff()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(full.waitFor(120, TimeUnit.SECONDS)).isTrue();
        long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(full.exitValue()).isZero();
        assertThat(LargeImport.targets(large.xliff())).isEqualTo(translated);

        List<String> observed = new ArrayList<>();
        int olds = 0;
        int news = 0;
        for (int k = 0; k < KILLS; k++) {
            long delay = 200 + (runMillis + 300 - 200) * k / (KILLS - 1);
            Files.copy(original, large.xliff(), StandardCopyOption.REPLACE_EXISTING);
            Process run = new ProcessBuilder(LargeImport.importCommand(sheet, large.xliff()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean ended = run.waitFor(delay, TimeUnit.MILLISECONDS);
            run.destroyForcibly();
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();

            Map<String, String> after = LargeImport.targets(large.xliff());
            boolean isOld = after.equals(old);
            assertThat(isOld || after.equals(translated)).as("the XLIFF after a kill at %d ms is the old one or the new"
                    + " one", delay).isTrue();
            olds += isOld ? 1 : 0;
            news += isOld ? 0 : 1;
            observed.add(delay + " ms" + (ended ? " (had ended)" : "") + ": " + (isOld ? "old" : "new"));
        }
        CliRun again = CliRun.of("import", sheet.toString(), "--xliff", large.xliff().toString(), "--no-tm",
                "--no-glossary");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(LargeImport.targets(large.xliff())).isEqualTo(translated);
        System.err.println("import of " + old.size() + " segments took " + runMillis + " ms; after each kill: "
                + observed);
        assertThat(olds).as("kills that came before the move").isPositive();
    }
}
