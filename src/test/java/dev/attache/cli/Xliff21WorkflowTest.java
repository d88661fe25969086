package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.flow.TranslatedFixture;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.xliff.Xliff21Schema;
import dev.attache.xliff.XliffFiles;
import dev.attache.xliff.XliffReader;
import dev.attache.xliff.XliffVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow on XLIFF 2.1: every command reads it, import writes it back as 2.1, convert goes
 * both ways.
 */
class Xliff21WorkflowTest {
    @TempDir Path dir;

    private Path segmented21() {
        Path xliff = dir.resolve("x.en-ru.xlf");
        CliRun run =
                CliRun.of(
                        "segment",
                        SegmentCommandTest.SHIPPED.toString(),
                        "-t",
                        "ru",
                        "-o",
                        xliff.toString(),
                        "--xliff-version",
                        "2.1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return xliff;
    }

    @Test
    void segmentWritesValidXliff21WithTheGlossaryModule() throws Exception {
        Path xliff = segmented21();

        Xliff21Schema.validate(xliff);
        assertThat(Files.readString(xliff))
                .contains("version=\"2.1\"")
                .contains("<gls:glossary xmlns:gls=\"urn:oasis:names:tc:xliff:glossary:2.0\">")
                .contains(
                        "<gls:translation source=\"attache\">союзническое взаимодействие</gls:translation>")
                .contains("type=\"term\"");
        assertThat(new XliffReader().versionOf(xliff)).isEqualTo(XliffVersion.V2_1);
    }

    @Test
    void segmentingAgainKeepsTheVersionAndTheTranslations() {
        Path xliff = segmented21();
        TranslatedFixture.fill(xliff, State.TRANSLATED);

        CliRun run =
                CliRun.of(
                        "segment",
                        SegmentCommandTest.SHIPPED.toString(),
                        "-t",
                        "ru",
                        "-o",
                        xliff.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new XliffReader().versionOf(xliff)).isEqualTo(XliffVersion.V2_1);
        assertThat(XliffFiles.read(xliff).translatableSegments().filter(s -> s.isTranslated()))
                .hasSize(27);
    }

    @Test
    void aWorksheetOfAnXliff21FileImportsBackIntoXliff21() throws Exception {
        Path xliff = segmented21();
        TranslatedFixture.fill(xliff, State.TRANSLATED);
        byte[] before = Files.readAllBytes(xliff);
        Path sheet = dir.resolve("x.en-ru.xlsx");

        assertThat(CliRun.of("export", xliff.toString(), "-o", sheet.toString()).exitCode())
                .isZero();
        CliRun run = CliRun.of("import", sheet.toString(), "--xliff", xliff.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .startsWith("applied 0, unchanged 27, empty 0, rejected 0, conflicts 0");
        assertThat(Files.readAllBytes(xliff)).isEqualTo(before);
        assertThat(new XliffReader().versionOf(xliff)).isEqualTo(XliffVersion.V2_1);
    }

    @Test
    void qaStatsMergeAndTmxReadXliff21() {
        Path xliff = segmented21();
        TranslatedFixture.fill(xliff, State.FINAL);

        assertThat(CliRun.of("stats", xliff.toString()).out()).contains("final");
        CliRun merge =
                CliRun.of(
                        "merge",
                        xliff.toString(),
                        "--original",
                        SegmentCommandTest.SHIPPED.toString(),
                        "-o",
                        dir.resolve("x.ru.txt").toString(),
                        "--only",
                        "final");
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        CliRun tmx = CliRun.of("tmx", xliff.toString(), "-o", dir.resolve("m.tmx").toString());
        assertThat(tmx.err()).contains("27 translation units");
        CliRun qa = CliRun.of("qa", xliff.toString());
        assertThat(qa.exitCode()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        assertThat(qa.err()).contains("checked 27 translated segments");
    }

    @Test
    void convertGoesBothWaysWithoutLoss() throws Exception {
        Path xliff12 = dir.resolve("x12.en-ru.xlf");
        assertThat(
                        CliRun.of(
                                        "segment",
                                        SegmentCommandTest.SHIPPED.toString(),
                                        "-t",
                                        "ru",
                                        "-o",
                                        xliff12.toString())
                                .exitCode())
                .isZero();
        TranslationDocument translated = TranslatedFixture.fill(xliff12, State.NEEDS_REVIEW);
        Path xliff21 = dir.resolve("x21.en-ru.xlf");
        Path back = dir.resolve("back.en-ru.xlf");

        CliRun to21 = CliRun.of("convert", xliff12.toString(), "-o", xliff21.toString());
        CliRun to12 = CliRun.of("convert", xliff21.toString(), "-o", back.toString());

        assertThat(to21.err()).isEqualTo("wrote " + xliff21 + ": XLIFF 2.1 from 1.2, 11 units\n");
        assertThat(to12.err()).isEqualTo("wrote " + back + ": XLIFF 1.2 from 2.1, 11 units\n");
        Xliff21Schema.validate(xliff21);
        assertThat(Files.readString(xliff21)).contains("subState=\"attache:needs-review\"");
        assertThat(Files.readString(back)).isEqualTo(Files.readString(xliff12));
        assertThat(XliffFiles.read(back)).isEqualTo(XliffFiles.read(xliff12));
        assertThat(translated.translatableSegments()).hasSize(27);
    }

    @Test
    void convertWithCopySourceWritesCopiesThatReadAsUntranslated() throws Exception {
        Path xliff = segmented21();
        Path copied = dir.resolve("copied.en-ru.xlf");

        CliRun run =
                CliRun.of("convert", xliff.toString(), "-o", copied.toString(), "--copy-source");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(copied))
                .contains(
                        "<target xml:lang=\"ru\" state=\"new\"><mrk mid=\"s1\" "
                                + "mtype=\"seg\">Mr Aliyev,</mrk></target>");
        assertThat(XliffFiles.read(copied).translatableSegments().filter(s -> s.isTranslated()))
                .isEmpty();
    }
}
