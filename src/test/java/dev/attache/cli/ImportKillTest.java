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
 * Issue 12: a real {@code attache import} process killed (SIGKILL) at {@value #KILLS} moments of
 * the write of a large XLIFF file (from the moment its temporary file appears, every {@value
 * #STEP_MILLIS} ms) leaves the XLIFF file whole: every segment as it was, or every segment
 * translated; never a truncated or unreadable file. The write goes through a synced temporary file
 * moved into place ({@link dev.attache.AtomicFile}), and the lock a killed run held is released by
 * the operating system, so the next import goes through.
 */
class ImportKillTest {
    private static final int KILLS = 12;

    /** The kills come 0, 25, 50, … ms after the temporary file of the write appears. */
    private static final long STEP_MILLIS = 25;

    @TempDir Path dir;

    @Test
    void aKillAtAnyMomentOfAnImportLeavesTheOldXliffOrTheNewOne() throws Exception {
        LargeImport large = LargeImport.make(dir, 8_000);
        Path original = Files.copy(large.xliff(), dir.resolve("original.xlf"));
        Path sheet = large.filled(dir.resolve("filled.xlsx"), row -> true);
        Map<String, String> old = LargeImport.targets(original);
        assertThat(old.values()).allMatch(String::isEmpty);
        Map<String, String> translated =
                old.keySet().stream()
                        .collect(Collectors.toMap(id -> id, LargeImport::translationOf));

        long start = System.nanoTime();
        Process full =
                new ProcessBuilder(LargeImport.importCommand(sheet, large.xliff()))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        assertThat(full.waitFor(120, TimeUnit.SECONDS)).isTrue();
        long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(full.exitValue()).isZero();
        assertThat(LargeImport.targets(large.xliff())).isEqualTo(translated);

        List<String> observed = new ArrayList<>();
        int olds = 0;
        for (int k = 0; k < KILLS; k++) {
            long afterWriteStarts = STEP_MILLIS * k;
            Files.copy(original, large.xliff(), StandardCopyOption.REPLACE_EXISTING);
            Process run =
                    new ProcessBuilder(LargeImport.importCommand(sheet, large.xliff()))
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            boolean writing = waitForTheWrite(large.xliff(), run);
            boolean ended = run.waitFor(afterWriteStarts, TimeUnit.MILLISECONDS);
            run.destroyForcibly();
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();

            Map<String, String> after = LargeImport.targets(large.xliff());
            boolean isOld = after.equals(old);
            assertThat(isOld || after.equals(translated))
                    .as(
                            "the XLIFF after a kill %d ms into the write is the old "
                                    + "one or the new one",
                            afterWriteStarts)
                    .isTrue();
            olds += isOld && writing ? 1 : 0;
            observed.add(
                    afterWriteStarts
                            + " ms"
                            + (writing ? "" : " (write not seen)")
                            + (ended ? " (had ended)" : "")
                            + ": "
                            + (isOld ? "old" : "new"));
            deleteTemporaryFiles(large.xliff());
        }
        // the same import as the killed ones: its generated targets carry no numbers, so number QA
        // is left out
        CliRun again =
                CliRun.of(
                        "import",
                        sheet.toString(),
                        "--xliff",
                        large.xliff().toString(),
                        "--no-tm",
                        "--no-glossary",
                        "--checks",
                        "terms");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(LargeImport.targets(large.xliff())).isEqualTo(translated);
        System.err.println(
                "import of "
                        + old.size()
                        + " segments took "
                        + runMillis
                        + " ms; after each kill: "
                        + observed);
        assertThat(olds).as("kills during the write that left the old file").isPositive();
    }

    /**
     * Waits until the import's temporary XLIFF file appears (the write has begun); false if the run
     * ended first.
     */
    private static boolean waitForTheWrite(Path xliff, Process run) throws Exception {
        while (run.isAlive()) {
            if (!temporaryFiles(xliff).isEmpty()) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    /** What a killed write leaves beside the file: {@code .large.en-ru.xlf…tmp}. */
    private static List<Path> temporaryFiles(Path xliff) throws java.io.IOException {
        try (var files = Files.list(xliff.getParent())) {
            return files.filter(
                            f ->
                                    f.getFileName().toString().startsWith("." + xliff.getFileName())
                                            && f.getFileName().toString().endsWith(".tmp"))
                    .toList();
        }
    }

    private static void deleteTemporaryFiles(Path xliff) throws java.io.IOException {
        for (Path temp : temporaryFiles(xliff)) {
            Files.delete(temp);
        }
    }
}
