package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryScanCommandTest {
    @TempDir
    Path dir;

    @Test
    void scansATranscriptByParagraphWithOffsets() {
        CliRun run = CliRun.of("glossary", "scan", SegmentCommandTest.SHIPPED.toString(), "-t", "ru");

        assertThat(run.exitCode()).isZero();
        String shipped = SegmentCommandTest.SHIPPED.toString();
        assertThat(run.out())
                .contains(shipped + ":p5:192-210: \"allied interaction\" c-allied-interaction → союзническое взаимодействие")
                .contains(shipped + ":p7:174-187: \"mega-projects\" c-mega-project → мегапроект")
                .doesNotContain("NEWSLETTER");
        assertThat(run.err()).contains("term hits in 11 parts");
    }

    @Test
    void scansAnXliffFileBySegment() {
        Path xliff = dir.resolve("x.en-az.xlf");
        CliRun.of("segment", SegmentCommandTest.SHIPPED.toString(), "-t", "az", "-o", xliff.toString());

        CliRun run = CliRun.of("glossary", "scan", xliff.toString(), "-t", "az");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(xliff + ":p5.s2:")
                .contains("\"allied interaction\" c-allied-interaction → müttəfiqlik qarşılıqlı fəaliyyəti");
        assertThat(run.err()).contains("term hits in 27 parts");
    }
}
