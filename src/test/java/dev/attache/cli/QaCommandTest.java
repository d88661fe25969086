package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.SegmentId;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.xliff.XliffFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaCommandTest {
    @TempDir Path dir;

    /** The shipped transcript in Russian, with p5.s2 translated as given. */
    private Path translated(String p5s2) {
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
        TranslationDocument document = XliffFiles.read(xliff);
        Unit p5 = document.unit("p5").orElseThrow();
        var segment = p5.segment(SegmentId.parse("p5.s2")).orElseThrow();
        Unit updated = p5.with(segment.withTarget(p5s2, State.TRANSLATED));
        XliffFiles.write(
                document.withUnits(
                        document.units().stream()
                                .map(u -> u.id().equals("p5") ? updated : u)
                                .toList()),
                xliff,
                false);
        return xliff;
    }

    @Test
    void inflectedPreferredTermIsClean() {
        Path xliff =
                translated(
                        "Он лично уделяет пристальное внимание развитию нашего союзнического взаимодействия.");
        CliRun run = CliRun.of("qa", xliff.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("checked 1 translated segments").contains(": 0 findings");
    }

    @Test
    void deprecatedTermIsAFinding() {
        Path xliff =
                translated(
                        "Он лично уделяет пристальное внимание развитию нашего союзного взаимодействия.");
        CliRun run = CliRun.of("qa", xliff.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out())
                .contains("error: " + xliff + ":p5.s2: ")
                .contains("союзное взаимодействие")
                .contains("союзническое взаимодействие");
    }

    @Test
    void missingTermIsAFinding() {
        Path xliff = translated("Он лично уделяет пристальное внимание развитию наших связей.");
        CliRun run = CliRun.of("qa", xliff.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out())
                .contains(xliff + ":p5.s2: term \"allied interaction\" should be rendered as");
    }

    @Test
    void malformedXliffIsBadInput() throws Exception {
        Path xliff =
                java.nio.file.Files.writeString(
                        dir.resolve("bad.xlf"),
                        "<xliff version=\"1.2\"><file",
                        java.nio.charset.StandardCharsets.UTF_8);
        CliRun run = CliRun.of("qa", xliff.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("error: " + xliff + ":1:");
    }
}
