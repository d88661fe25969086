package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache completion bash} prints a script that bash really completes with, and the build
 * writes a man page (AsciiDoc, {@code target/man}) for every command, made from the same command
 * model.
 */
class CompletionAndManPagesTest {
    @TempDir Path dir;

    /**
     * What bash offers for the words typed so far (the last one being completed), with the printed
     * script.
     */
    private List<String> complete(Path script, String... words)
            throws IOException, InterruptedException {
        String array =
                String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList());
        String driver =
                "source '"
                        + script
                        + "'\n"
                        + "COMP_WORDS=("
                        + array
                        + "); COMP_CWORD="
                        + (words.length - 1)
                        + "\n"
                        + "COMP_LINE='"
                        + String.join(" ", words)
                        + "'; COMP_POINT=${#COMP_LINE}\n"
                        + "_complete_attache 2>/dev/null\n"
                        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", driver).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor()).as(out).isZero();
        return out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void bashCompletesCommandsSubcommandsAndOptions() throws Exception {
        CliRun run = CliRun.of("completion", "bash");
        assertThat(run.exitCode()).isZero();
        Path script =
                Files.writeString(
                        dir.resolve("attache_completion"), run.out(), StandardCharsets.UTF_8);

        assertThat(complete(script, "attache", "prep")).containsExactly("prepare");
        assertThat(complete(script, "attache", "glossary", "s")).containsExactly("scan");
        assertThat(complete(script, "attache", "stats", "--js")).containsExactly("--json");
        assertThat(complete(script, "attache", "merge", "x.xlf", "--only", ""))
                .containsExactly("translated", "final");
    }

    @Test
    void everyFixedSetIsOfferedInLowerCaseAndAcceptedInEitherCase() throws Exception {
        Path script =
                Files.writeString(
                        dir.resolve("attache_completion"),
                        CliRun.of("completion", "bash").out(),
                        StandardCharsets.UTF_8);

        assertThat(complete(script, "attache", "completion", "")).containsExactly("bash", "zsh");
        assertThat(complete(script, "attache", "tmx", "x.xlf", "--only", "f"))
                .containsExactly("final");
        assertThat(complete(script, "attache", "qa", "x.xlf", "--checks", ""))
                .containsExactly(
                        "terms",
                        "numbers",
                        "mechanical",
                        "quotes",
                        "script",
                        "consistency",
                        "spelling");
        assertThat(complete(script, "attache", "import", "x.xlsx", "--checks", ""))
                .containsExactly(
                        "terms",
                        "numbers",
                        "mechanical",
                        "quotes",
                        "script",
                        "consistency",
                        "spelling");
        assertThat(complete(script, "attache", "segment", "x.en.txt", "--paragraphs", ""))
                .containsExactly("lines", "blocks", "auto");
        assertThat(
                        complete(
                                script,
                                "attache",
                                "convert",
                                "a.xlf",
                                "-o",
                                "b.xlf",
                                "--xliff-version",
                                ""))
                .containsExactly("1.2", "2.1");
        assertThat(script)
                .content()
                .doesNotContainPattern("\\(\"(TRANSLATED|FINAL|BASH|ZSH|TERMS|LINES)\"");
        assertThat(CliRun.of("completion", "ZSH").exitCode()).isZero();
        assertThat(CliRun.of("completion", "Bash").exitCode()).isZero();
        assertThat(
                        CliRun.of(
                                        "segment",
                                        SegmentCommandTest.SHIPPED.toString(),
                                        "-t",
                                        "ru",
                                        "--paragraphs",
                                        "BLOCKS",
                                        "-o",
                                        dir.resolve("x.xlf").toString())
                                .exitCode())
                .isZero();
        assertThat(CliRun.of("qa", "x.xlf", "--checks", "Terms").err()).doesNotContain("no check");
        assertThat(CliRun.of("merge", "x.xlf", "--only", "FINAL").err()).doesNotContain("--only");
    }

    @Test
    void everyCommandHasAManPageWithItsOptionsAndExamples() throws IOException {
        Path man = Path.of("target/man");
        for (List<String> command : MainTest.everyCommand()) {
            String name =
                    String.join(
                            "-",
                            java.util.stream.Stream.concat(
                                            java.util.stream.Stream.of("attache"), command.stream())
                                    .toList());
            String page = Files.readString(man.resolve(name + ".adoc"), StandardCharsets.UTF_8);
            assertThat(page)
                    .as(name)
                    .contains("= " + name + "(1)")
                    .contains("*--[no-]color*")
                    .containsPattern("Examples?:\\s+\\[%hardbreaks]\\s+attache ");
        }
        assertThat(Files.readString(man.resolve("attache-import.adoc"), StandardCharsets.UTF_8))
                .contains("*--json*")
                .contains("*-q*, *--quiet*");
    }
}
