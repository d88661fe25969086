package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
    static final Path SHIPPED = Path.of("transcripts/lavrov-aliyev-2023-02-27.en.txt");

    @TempDir Path dir;

    private static void assertOneLineError(CliRun run, int code, String... fragments) {
        assertThat(run.exitCode()).isEqualTo(code);
        assertThat(run.err().lines().filter(l -> l.startsWith("error: ")).count()).isEqualTo(1);
        assertThat(run.err()).contains(fragments).doesNotContain("\tat dev.attache");
    }

    @Test
    void writesTheXliffAndNamesTheBoilerplateItLeftOut() {
        Path out = dir.resolve("x.en-ru.xlf");
        CliRun run =
                CliRun.of(
                        "segment",
                        SHIPPED.toString(),
                        "-t",
                        "ru",
                        "-o",
                        out.toString(),
                        "--no-glossary");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out).exists();
        assertThat(run.err()).contains("wrote " + out + ": 11 units, 27 segments");
        assertThat(run.err())
                .contains("left out web page boilerplate 'NEWSLETTER'")
                .contains(
                        "left out web page boilerplate 'Join the GlobalSecurity.org mailing list |'");
    }

    @Test
    void segmentingAgainKeepsTranslationsWhoseSourceIsUnchanged() throws IOException {
        Path transcript = dir.resolve("remarks.en.txt");
        Files.writeString(
                transcript,
                "Remarks\nWe met today. We agreed on much.\nThe talks went well.\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("remarks.en-ru.xlf");
        assertThat(
                        CliRun.of(
                                        "segment",
                                        transcript.toString(),
                                        "-t",
                                        "ru",
                                        "-o",
                                        out.toString())
                                .exitCode())
                .isZero();
        var document = dev.attache.xliff.XliffFiles.read(out);
        var units =
                document.units().stream()
                        .map(
                                u ->
                                        u.withSegments(
                                                u.segments().stream()
                                                        .map(
                                                                s ->
                                                                        s.withTarget(
                                                                                "RU " + s.source(),
                                                                                dev.attache.model
                                                                                        .State
                                                                                        .TRANSLATED))
                                                        .toList()))
                        .toList();
        dev.attache.xliff.XliffFiles.write(document.withUnits(units), out, false);
        Files.writeString(
                transcript,
                "Remarks\nWe met today. We agreed on a great deal.\nThe talks went well.\n",
                StandardCharsets.UTF_8);

        CliRun run =
                CliRun.of(
                        "segment",
                        transcript.toString(),
                        "-t",
                        "ru",
                        "-o",
                        out.toString(),
                        "--no-glossary");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("kept 3 earlier translations whose source is unchanged");
        assertThat(run.err())
                .contains("1 earlier translations were left behind because their source changed");
        var again = dev.attache.xliff.XliffFiles.read(out);
        assertThat(again.translatableSegments().map(s -> s.target()).toList())
                .containsExactly("RU Remarks", "RU We met today.", "", "RU The talks went well.");
        assertThat(Files.readString(Path.of(out + ".bak"))).contains("RU We agreed on much.");
        assertThat(again.unit("p2").orElseThrow().notes())
                .containsExactly(
                        new dev.attache.model.Note(
                                "attache",
                                "p2.s2: earlier translation, left behind because its source changed: \"RU We agreed on much.\" "
                                        + "(its source was \"We agreed on much.\")"));
    }

    @Test
    void missingFileIsBadInput() {
        assertOneLineError(
                CliRun.of("segment", dir.resolve("nope.txt").toString(), "-t", "ru"),
                ExitCode.BAD_INPUT,
                "nope.txt");
    }

    @Test
    void directoryIsBadInput() {
        assertOneLineError(
                CliRun.of("segment", dir.toString(), "-t", "ru"),
                ExitCode.BAD_INPUT,
                dir.toString());
    }

    @Test
    void emptyFileIsBadInput() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.en.txt"));
        assertOneLineError(
                CliRun.of("segment", empty.toString(), "-t", "ru"),
                ExitCode.BAD_INPUT,
                "empty.en.txt");
    }

    @Test
    void binaryFileIsBadInput() throws IOException {
        Path binary =
                Files.write(
                        dir.resolve("image.en.txt"),
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        assertOneLineError(
                CliRun.of("segment", binary.toString(), "-t", "ru"),
                ExitCode.BAD_INPUT,
                "image.en.txt");
    }

    @Test
    void unknownLanguageCodeIsAUsageError() {
        CliRun run = CliRun.of("segment", SHIPPED.toString(), "-t", "ru,xx");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'xx' is not a language code");
    }

    @Test
    void unknownEncodingIsAUsageError() {
        CliRun run =
                CliRun.of("segment", SHIPPED.toString(), "-t", "ru", "--encoding", "klingon-8");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'klingon-8' is not a charset this Java knows");
    }

    @Test
    void oneOutputFileTakesOneLanguage() {
        CliRun run =
                CliRun.of(
                        "segment",
                        SHIPPED.toString(),
                        "-t",
                        "ru,az",
                        "-o",
                        dir.resolve("x.xlf").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("-o names one file, so it takes one target language.");
    }

    @Test
    void unreadableSrxIsBadInputAndLeavesNoOutputBehind() throws IOException {
        Path srx =
                Files.writeString(
                        dir.resolve("rules.srx"),
                        "<srx version=\"2.0\"><header",
                        StandardCharsets.UTF_8);
        Path out = dir.resolve("out.xlf");
        CliRun run =
                CliRun.of(
                        "segment",
                        SHIPPED.toString(),
                        "-t",
                        "ru",
                        "--srx",
                        srx.toString(),
                        "-o",
                        out.toString());

        assertOneLineError(run, ExitCode.BAD_INPUT, "rules.srx");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).allMatch(f -> f.getFileName().toString().equals("rules.srx"));
        }
    }

    @Test
    void verboseShowsTheStackTrace() {
        CliRun run =
                CliRun.of("segment", dir.resolve("nope.txt").toString(), "-t", "ru", "--verbose");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("\tat dev.attache");
    }
}
