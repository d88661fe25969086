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
import java.util.Map;
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

    @Test
    void qaAcceptReadsTheXliffFileOnceAndReportsWhatItWrote() throws IOException {
        ShippedTranslation shipped = ShippedTranslation.segmentedIn(dir);
        Map<String, String> translation =
                ShippedTranslation.column(ShippedTranslation.TRANSLATION, 1);
        translation.put("p8.s3", translation.get("p8.s3").replace("2022", "2021"));
        shipped.translate(translation);
        long size = Files.size(shipped.xliff());
        List<CliRun> runs = new java.util.ArrayList<>();

        FileReads reads =
                FileReads.during(
                        () ->
                                runs.add(
                                        CliRun.of(
                                                "qa",
                                                shipped.xliff().toString(),
                                                "--checks",
                                                "numbers",
                                                "--accept",
                                                "p8.s3:numbers",
                                                "--by",
                                                "anna")));

        assertThat(runs.get(0).exitCode()).as(runs.get(0).err()).isZero();
        assertThat(runs.get(0).err()).contains("accepted numbers on p8.s3", "0 findings");
        assertThat(reads.of(shipped.xliff())).isEqualTo(size);
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
