package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.flow.TranslatedFixture;
import dev.attache.model.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code merge}, {@code tmx} and {@code convert} as a user runs them: exit codes, what they print,
 * what they write.
 */
class DeliveryCommandsTest {
    @TempDir Path dir;
    private Path xliff;

    @BeforeEach
    void segmented() {
        xliff = dir.resolve("x.en-ru.xlf");
        assertThat(
                        CliRun.of(
                                        "segment",
                                        SegmentCommandTest.SHIPPED.toString(),
                                        "-t",
                                        "ru",
                                        "-o",
                                        xliff.toString())
                                .exitCode())
                .isZero();
    }

    private CliRun merge(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "merge";
        args[1] = xliff.toString();
        args[2] = "--original";
        args[3] = SegmentCommandTest.SHIPPED.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    @Test
    void mergeListsEveryUntranslatedSegmentAndRefusesToWrite() {
        CliRun run = merge("-o", dir.resolve("x.ru.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines())
                .hasSize(28)
                .allMatch(l -> l.startsWith("error: " + xliff + ":"))
                .first()
                .isEqualTo("error: " + xliff + ":p1.s1: no translation");
        assertThat(run.err())
                .contains("error: " + xliff + ":p5.s2: no translation\n")
                .endsWith(
                        "error: "
                                + xliff
                                + ": wrote nothing: 27 segments are not done (--allow-untranslated writes their source)\n");
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("x.ru.txt")).doesNotExist();
    }

    @Test
    void mergeTakesSeveralFilesAndSaysWhatIsMissingInEach() throws IOException {
        Path second = Files.copy(xliff, dir.resolve("y.en-ru.xlf"));

        CliRun run = CliRun.of("merge", xliff.toString(), second.toString());
        CliRun named =
                CliRun.of(
                        "merge",
                        xliff.toString(),
                        second.toString(),
                        "-o",
                        dir.resolve("z.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .contains("error: " + xliff + ":p5.s2: no translation\n")
                .contains("error: " + second + ":p5.s2: no translation\n")
                .endsWith(
                        "error: "
                                + second
                                + ": wrote nothing: 27 segments are not done "
                                + "(--allow-untranslated writes their source)\n");
        assertThat(named.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(named.err())
                .startsWith(
                        "error: -o and --original name one file each, so they take one XLIFF file");
    }

    @Test
    void convertTakesSeveralFilesIntoAFolder() throws IOException {
        Path second = Files.copy(xliff, dir.resolve("y.en-ru.xlf"));
        Path folder = Files.createDirectory(dir.resolve("v21"));

        CliRun run =
                CliRun.of("convert", xliff.toString(), second.toString(), "-o", folder.toString());
        CliRun noFolder =
                CliRun.of(
                        "convert",
                        xliff.toString(),
                        second.toString(),
                        "-o",
                        dir.resolve("none").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .isEqualTo(
                        "wrote "
                                + folder.resolve("x.en-ru.xlf")
                                + ": XLIFF 2.1 from 1.2, 11 units\n"
                                + "wrote "
                                + folder.resolve("y.en-ru.xlf")
                                + ": XLIFF 2.1 from 1.2, 11 units\n");
        assertThat(Files.readString(folder.resolve("y.en-ru.xlf")))
                .contains("urn:oasis:names:tc:xliff:document:2.");
        assertThat(noFolder.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void mergeWritesWhenEverySegmentIsDone() throws IOException {
        TranslatedFixture.fill(xliff, State.FINAL);
        Path output = dir.resolve("x.ru.txt");

        CliRun run = merge("-o", output.toString(), "--only", "final");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("wrote " + output + "\n");
        assertThat(Files.readString(output).lines()).hasSize(11).contains("359-27-02-2023");
        assertThat(merge("-o", output.toString()).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void mergeAllowingUntranslatedSaysHowMany() {
        CliRun run = merge("-o", dir.resolve("x.ru.txt").toString(), "--allow-untranslated");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .isEqualTo(
                        "note: "
                                + xliff
                                + ": 27 segments are not done; their source text stands in their place\n"
                                + "wrote "
                                + dir.resolve("x.ru.txt")
                                + "\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void tmxWritesTheTranslatedPairs() {
        TranslatedFixture.fill(xliff, State.TRANSLATED);
        Path memory = dir.resolve("memory.tmx");

        CliRun run = CliRun.of("tmx", xliff.toString(), "-o", memory.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("wrote " + memory + ": 27 translation units\n");
        assertThat(CliRun.of("tmx", xliff.toString(), "-o", memory.toString()).err())
                .startsWith("error: " + memory + ": exists");
    }

    @Test
    void aVersionAttacheDoesNotWriteIsAUsageError() {
        CliRun run =
                CliRun.of(
                        "convert",
                        xliff.toString(),
                        "-o",
                        dir.resolve("y.xlf").toString(),
                        "--xliff-version",
                        "3.0");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'3.0' is not an XLIFF version Attaché writes: 1.2 or 2.1");
    }

    @Test
    void aFileThatIsNotXliffIsBadInputForEveryReader() throws IOException {
        Path notXliff =
                Files.writeString(
                        dir.resolve("memory.tmx"), "<tmx version=\"1.4\"><header/><body/></tmx>");
        for (String command : new String[] {"merge", "tmx", "convert"}) {
            CliRun run =
                    command.equals("convert")
                            ? CliRun.of(
                                    command,
                                    notXliff.toString(),
                                    "-o",
                                    dir.resolve("out.xlf").toString())
                            : CliRun.of(command, notXliff.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err())
                    .as(command)
                    .isEqualTo(
                            "error: "
                                    + notXliff
                                    + ":1:1: not an XLIFF file (root element <tmx>)\n");
        }
    }
}
