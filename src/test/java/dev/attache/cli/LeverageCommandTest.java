package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.flow.LeverageFlowTest;
import dev.attache.flow.TranslatedFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code segment} with {@code --tm} and {@code --no-tm}: the line that says what the memory gave.
 */
class LeverageCommandTest {
    @TempDir Path dir;

    @Test
    void segmentSaysWhatTheMemoryGaveEachFile() throws Exception {
        Path tm = TranslatedFixture.memoryOfTheShippedTranscript(dir);
        Path transcript = TranslatedFixture.newTranscript(dir, LeverageFlowTest.NEW_TRANSCRIPT);
        Path out = dir.resolve("oslo.en-ru.xlf");

        CliRun run =
                CliRun.of(
                        "segment",
                        transcript.toString(),
                        "-t",
                        "ru",
                        "-o",
                        out.toString(),
                        "--tm",
                        tm.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("memory " + tm + "/: 3 exact, 2 fuzzy, 2 new segments\n");
        assertThat(Files.readString(out))
                .contains("state-qualifier=\"exact-match\"")
                .contains("<alt-trans mid=");
    }

    @Test
    void noTmLeveragesNothingAndANamedMemoryMustExist() throws Exception {
        Path tm = TranslatedFixture.memoryOfTheShippedTranscript(dir);
        Path transcript = TranslatedFixture.newTranscript(dir, LeverageFlowTest.NEW_TRANSCRIPT);
        Path out = dir.resolve("oslo.en-ru.xlf");

        CliRun none =
                CliRun.of(
                        "segment",
                        transcript.toString(),
                        "-t",
                        "ru",
                        "-o",
                        out.toString(),
                        "--no-tm");
        CliRun missing =
                CliRun.of(
                        "segment",
                        transcript.toString(),
                        "-t",
                        "ru",
                        "-o",
                        out.toString(),
                        "--tm",
                        dir.resolve("nope").toString());
        CliRun both =
                CliRun.of(
                        "segment",
                        transcript.toString(),
                        "-t",
                        "ru",
                        "-o",
                        out.toString(),
                        "--tm",
                        tm.toString(),
                        "--no-tm");

        assertThat(none.exitCode()).isZero();
        assertThat(none.err()).doesNotContain("memory");
        assertThat(Files.readString(out)).doesNotContain("alt-trans").doesNotContain("exact-match");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("nope");
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("--tm=DIR, --no-tm are mutually exclusive");
    }
}
