package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: two translators' sheets, exported from the same XLIFF file, imported into it by two
 * processes started at once: the second waits for the first (the lock beside the XLIFF), then reads
 * what the first wrote, so both sheets' work ends up in the file. Without the lock both would read
 * the same file and the last to write would erase the other's work.
 */
class ConcurrentImportTest {
    @TempDir Path dir;

    @Test
    void twoImportsIntoOneXliffAtOnceKeepBothSheetsWork() throws Exception {
        LargeImport large = LargeImport.make(dir, 8_000);
        Path even = large.filled(dir.resolve("even.xlsx"), row -> row % 2 == 0);
        Path odd = large.filled(dir.resolve("odd.xlsx"), row -> row % 2 == 1);
        Map<String, String> before = LargeImport.targets(large.xliff());

        Process first =
                new ProcessBuilder(LargeImport.importCommand(even, large.xliff()))
                        .redirectErrorStream(true)
                        .start();
        Process second =
                new ProcessBuilder(LargeImport.importCommand(odd, large.xliff()))
                        .redirectErrorStream(true)
                        .start();
        String firstOutput = output(first);
        String secondOutput = output(second);
        assertThat(first.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(firstOutput).isZero();
        assertThat(second.exitValue()).as(secondOutput).isZero();

        Map<String, String> after = LargeImport.targets(large.xliff());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(
                        after.entrySet().stream()
                                .filter(
                                        e ->
                                                !e.getValue()
                                                        .equals(
                                                                LargeImport.translationOf(
                                                                        e.getKey())))
                                .map(Map.Entry::getKey)
                                .toList())
                .as("segments whose translation was lost")
                .isEmpty();
    }

    private static String output(Process process) throws Exception {
        var out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
