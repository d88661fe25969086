package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryScanCommandTest {
    @TempDir Path dir;

    @Test
    void scansATranscriptByParagraphWithOffsets() {
        CliRun run =
                CliRun.of("glossary", "scan", SegmentCommandTest.SHIPPED.toString(), "-t", "ru");

        assertThat(run.exitCode()).isZero();
        String shipped = SegmentCommandTest.SHIPPED.toString();
        assertThat(run.out())
                .contains(
                        shipped
                                + ":p5:192-210: \"allied interaction\" c-allied-interaction → союзническое взаимодействие")
                .contains(shipped + ":p7:174-187: \"mega-projects\" c-mega-project → мегапроект")
                .doesNotContain("NEWSLETTER");
        assertThat(run.err()).contains("term hits in 11 parts of ");
    }

    @Test
    void listsOnlyTheHintsUnlessAskedForEveryHit() {
        String shipped = SegmentCommandTest.SHIPPED.toString();

        CliRun hints = CliRun.of("glossary", "scan", shipped, "-t", "ru");
        CliRun outermost = CliRun.of("glossary", "scan", shipped);
        CliRun all = CliRun.of("glossary", "scan", shipped, "--all");

        assertThat(hints.out())
                .contains(
                        shipped
                                + ":p1:0-16: \"Foreign Minister\" c-foreign-minister → министр иностранных дел")
                .contains(
                        shipped
                                + ":p1:67-106: \"President of the Republic of Azerbaijan\" c-president-azerbaijan")
                .doesNotContain("\"Minister\" c-minister")
                .doesNotContain(shipped + ":p1:96-106: \"Azerbaijan\"");
        assertThat(outermost.out())
                .contains("\"Foreign Minister\" c-foreign-minister")
                .doesNotContain("\"Minister\" c-minister")
                .doesNotContain("\"Allied Interaction\" c-allied-interaction");
        assertThat(all.out())
                .contains("\"Minister\" c-minister")
                .contains(shipped + ":p1:96-106: \"Azerbaijan\"")
                .contains("\"Allied Interaction\" c-allied-interaction");
    }

    @Test
    void scansAnXliffFileBySegment() {
        Path xliff = dir.resolve("x.en-az.xlf");
        CliRun.of(
                "segment",
                SegmentCommandTest.SHIPPED.toString(),
                "-t",
                "az",
                "-o",
                xliff.toString());

        CliRun run = CliRun.of("glossary", "scan", xliff.toString(), "-t", "az");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(xliff + ":p5.s2:")
                .contains(
                        "\"allied interaction\" c-allied-interaction → müttəfiqlik qarşılıqlı fəaliyyəti");
        assertThat(run.err()).contains("term hits in 27 parts of ");
    }
}
