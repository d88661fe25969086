package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.flow.GlossaryChoice;
import dev.attache.flow.PrepareFlow;
import dev.attache.flow.SegmentFlow;
import dev.attache.transcript.TranscriptOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each command reads each XLIFF file once (issue 21): the bytes it reads from the file, as the
 * flight recorder counts them ({@link FileReads}), are the file's size, not a multiple of it; a
 * file it has just written is not read back to be hashed; a new file is not read at all.
 */
class XliffReadOnceTest {
    @TempDir Path dir;

    @Test
    void prepareReadsAnExistingFileOnceAndNeverReadsBackWhatItWrote() throws IOException {
        Path xliff = dir.resolve("xliff/lavrov-aliyev-2023-02-27.en-ru.xlf");

        FileReads first = FileReads.during(() -> prepare(true));
        assertThat(first.of(xliff)).as("a new file is written, not read").isZero();

        long size = Files.size(xliff);
        FileReads again = FileReads.during(() -> prepare(true));
        assertThat(again.of(xliff)).as("the file prepared again").isEqualTo(size);
    }

    @Test
    void importReadsTheXliffFileOnce() throws IOException {
        ExportedWorksheet sheet = ExportedWorksheet.in(dir);
        sheet.type("p4.s1", ExportedWorksheet.TARGET, "Господин Алиев,");
        long size = Files.size(sheet.xliff());

        FileReads reads =
                FileReads.during(
                        () ->
                                assertThat(
                                                CliRun.of(
                                                                "import",
                                                                sheet.worksheet().toString(),
                                                                "--xliff",
                                                                sheet.xliff().toString(),
                                                                "--tm",
                                                                dir.resolve("tm").toString())
                                                        .exitCode())
                                        .isZero());

        assertThat(reads.of(sheet.xliff())).isEqualTo(size);
        assertThat(Files.size(Path.of(sheet.xliff() + ".bak"))).isEqualTo(size);
    }

    @Test
    void exportAndConvertReadTheXliffFileOnceInEitherVersion() {
        Path xliff = dir.resolve("x.en-ru.xlf");
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
        long size = xliff.toFile().length();

        FileReads exported =
                FileReads.during(
                        () ->
                                assertThat(
                                                CliRun.of(
                                                                "export",
                                                                xliff.toString(),
                                                                "-o",
                                                                dir.resolve("x.en-ru.xlsx")
                                                                        .toString(),
                                                                "--no-tm")
                                                        .exitCode())
                                        .isZero());
        FileReads converted =
                FileReads.during(
                        () ->
                                assertThat(
                                                CliRun.of(
                                                                "convert",
                                                                xliff.toString(),
                                                                "-o",
                                                                dir.resolve("x.en-ru.21.xlf")
                                                                        .toString())
                                                        .exitCode())
                                        .isZero());

        Path xliff21 = dir.resolve("x.en-ru.21.xlf");
        FileReads convertedBack =
                FileReads.during(
                        () ->
                                assertThat(
                                                CliRun.of(
                                                                "convert",
                                                                xliff21.toString(),
                                                                "-o",
                                                                dir.resolve("x.en-ru.back.xlf")
                                                                        .toString())
                                                        .exitCode())
                                        .isZero());

        assertThat(exported.of(xliff)).as("export").isEqualTo(size);
        assertThat(converted.of(xliff)).as("convert").isEqualTo(size);
        assertThat(convertedBack.of(xliff21))
                .as("convert from 2.1")
                .isEqualTo(xliff21.toFile().length());
    }

    private void prepare(boolean replaceWorksheets) {
        var transcript =
                new SegmentFlow.Request(
                        SegmentCommandTest.SHIPPED,
                        List.of(Locale.forLanguageTag("ru")),
                        Optional.empty(),
                        dir.resolve("xliff"),
                        TranscriptOptions.defaults(),
                        Optional.empty(),
                        false,
                        new GlossaryChoice.FromFile(Path.of("glossary/diplomatic-terms.tbx")));
        new PrepareFlow()
                .run(
                        new PrepareFlow.Request(
                                List.of(transcript),
                                dir.resolve("worksheets"),
                                Optional.empty(),
                                replaceWorksheets));
    }
}
