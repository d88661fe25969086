package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.model.SegmentId;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.xliff.XliffFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --json} of {@code qa} and {@code glossary scan}: the documented keys, in their order, and
 * the same facts as the lines the commands print without it ({@code import --json} is in {@link
 * ImportCommandTest}, {@code stats --json} in {@link StatsCommandTest}).
 */
class JsonOutputTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SCAN_GOLDEN =
            Path.of("src/test/resources/cases/lavrov-aliyev-2023-02-27/scan.en-ru.json");

    @TempDir Path dir;

    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void scanOfTheShippedTranscriptIsTheGoldenJsonAndHasEveryHitTheLinesHave() throws IOException {
        String shipped = SegmentCommandTest.SHIPPED.toString();
        CliRun run = CliRun.of("glossary", "scan", shipped, "-t", "ru", "--json");
        CliRun lines = CliRun.of("glossary", "scan", shipped, "-t", "ru");
        if (Boolean.getBoolean("attache.golden.update")) {
            Files.writeString(SCAN_GOLDEN, run.out(), StandardCharsets.UTF_8);
        }

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Files.readString(SCAN_GOLDEN, StandardCharsets.UTF_8));
        JsonNode scan = JSON.readTree(run.out());
        assertThat(keys(scan))
                .containsExactly(
                        "format",
                        "version",
                        "file",
                        "glossary",
                        "scannedParts",
                        "targetLanguage",
                        "hits");
        assertThat(scan.get("format").asText()).isEqualTo("attache-glossary-scan");
        assertThat(scan.get("scannedParts").asInt()).isEqualTo(11);
        List<String> asLines = new ArrayList<>();
        for (JsonNode hit : scan.get("hits")) {
            assertThat(keys(hit))
                    .containsExactly("unit", "start", "end", "text", "concept", "rendering");
            asLines.add(
                    "%s:%s:%d-%d: \"%s\" %s → %s"
                            .formatted(
                                    scan.get("file").asText(),
                                    hit.get("unit").asText(),
                                    hit.get("start").asInt(),
                                    hit.get("end").asInt(),
                                    hit.get("text").asText(),
                                    hit.get("concept").asText(),
                                    hit.get("rendering").asText()));
        }
        assertThat(asLines).isNotEmpty().containsExactlyElementsOf(lines.out().lines().toList());
    }

    @Test
    void scanWithoutATargetLanguageHasNoRenderings() throws IOException {
        JsonNode scan =
                JSON.readTree(
                        CliRun.of(
                                        "glossary",
                                        "scan",
                                        SegmentCommandTest.SHIPPED.toString(),
                                        "--json")
                                .out());

        assertThat(keys(scan)).doesNotContain("targetLanguage");
        assertThat(keys(scan.get("hits").get(0)))
                .containsExactly("unit", "start", "end", "text", "concept");
    }

    @Test
    void qaFindingsAsJson() throws IOException {
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
        Unit updated =
                p5.with(
                        segment.withTarget(
                                "Он лично уделяет пристальное внимание развитию нашего союзного взаимодействия.",
                                State.TRANSLATED));
        XliffFiles.write(
                document.withUnits(
                        document.units().stream()
                                .map(u -> u.id().equals("p5") ? updated : u)
                                .toList()),
                xliff,
                false);

        CliRun run = CliRun.of("qa", xliff.toString(), "--json");
        CliRun lines = CliRun.of("qa", xliff.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.err()).as("findings are in the JSON, not on stderr").isEmpty();
        JsonNode qa = JSON.readTree(run.out());
        assertThat(keys(qa))
                .containsExactly(
                        "format",
                        "version",
                        "file",
                        "glossary",
                        "checks",
                        "checkedSegments",
                        "errors",
                        "warnings",
                        "byCheck",
                        "findings");
        assertThat(qa.get("format").asText()).isEqualTo("attache-qa");
        assertThat(qa.get("version").asInt()).isEqualTo(1);
        assertThat(qa.get("file").asText()).isEqualTo(xliff.toString());
        assertThat(qa.get("checkedSegments").asInt()).isEqualTo(1);
        assertThat(qa.get("errors").asInt()).isEqualTo(qa.get("findings").size()).isPositive();
        List<String> asLines = new ArrayList<>();
        for (JsonNode finding : qa.get("findings")) {
            assertThat(keys(finding))
                    .containsExactly(
                            "segment", "unit", "check", "severity", "kind", "concept", "message");
            assertThat(finding.get("unit").asText()).isEqualTo("p5");
            asLines.add(
                    "%s: %s:%s: %s"
                            .formatted(
                                    finding.get("severity").asText(),
                                    xliff,
                                    finding.get("segment").asText(),
                                    finding.get("message").asText()));
        }
        assertThat(qa.get("findings").findValuesAsText("kind")).contains("deprecated-term");
        assertThat(asLines)
                .as("the findings are the lines on stdout, in the same order")
                .containsExactlyElementsOf(lines.out().lines().toList());
    }
}
