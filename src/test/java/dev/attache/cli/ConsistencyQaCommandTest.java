package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attache.model.SegmentPair;
import dev.attache.qa.consistency.ConsistencyChecker;
import dev.attache.xliff.XliffFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consistency check through {@code attache qa}: nothing in the professional Russian of the
 * shipped transcript, and a sentence translated two ways in one document, one translated two ways
 * in two documents, and two sources with one translation each found once, with all their segments,
 * as a warning (exit 0).
 */
class ConsistencyQaCommandTest {
    private static final String REPEATED =
            "Practical cooperation continues to develop effectively and actively.";

    @TempDir Path dir;

    @Test
    void findsNothingInAProfessionalTranslation() throws IOException {
        Path xliff = translated(SegmentCommandTest.SHIPPED, "shipped.en-ru.xlf", Map.of());

        CliRun run = CliRun.of("qa", xliff.toString());
        CliRun json = CliRun.of("qa", xliff.toString(), "--checks", "consistency", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains(", script, consistency): 0 findings");
        assertThat(JsonOutputTest.JSON.readTree(json.out()).get("findings"))
                .as(json.out())
                .isEmpty();
        List<SegmentPair> segments = XliffFiles.read(xliff).translatableSegments().toList();
        assertThat(
                        segments.stream()
                                .filter(s -> !ConsistencyChecker.isLongEnough(s.source()))
                                .map(s -> s.id().toString()))
                .as("the segments too short to compare")
                .containsExactly("p4.s1");
    }

    @Test
    void findsASentenceTranslatedTwoWaysInADocumentOnce() throws IOException {
        Path transcript = dir.resolve("repeated.en.txt");
        List<String> lines =
                new ArrayList<>(
                        Files.readAllLines(SegmentCommandTest.SHIPPED, StandardCharsets.UTF_8));
        lines.set(11, lines.get(11) + " " + REPEATED);
        Files.write(transcript, lines, StandardCharsets.UTF_8);
        Path xliff =
                translated(
                        transcript,
                        "repeated.en-ru.xlf",
                        Map.of(
                                "p11.s3",
                                "Практическое сотрудничество развивается эффективно и активно."));
        String first =
                XliffFiles.read(xliff)
                        .translatableSegments()
                        .filter(s -> s.source().equals(REPEATED))
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .toString();

        CliRun run = CliRun.of("qa", xliff.toString(), "--checks", "consistency", "--json");
        CliRun printed = CliRun.of("qa", xliff.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode finding = onlyFinding(JsonOutputTest.JSON.readTree(run.out()).get("findings"));
        assertThat(finding.get("segment").asText()).isEqualTo(first);
        assertThat(finding.get("kind").asText()).isEqualTo("inconsistent-translation");
        assertThat(finding.get("severity").asText()).isEqualTo("warning");
        assertThat(finding.get("variants").toString())
                .contains("[\"" + first + "\"]")
                .contains("[\"p11.s3\"]");
        assertThat(printed.exitCode()).as(printed.err()).isZero();
        assertThat(printed.out())
                .contains(
                        "warning: "
                                + xliff
                                + ":"
                                + first
                                + ": \""
                                + REPEATED
                                + "\" is translated 2 ways: \"");
    }

    @Test
    void findsASentenceTranslatedTwoWaysInTwoDocumentsOnce() throws IOException {
        Path one = translated(SegmentCommandTest.SHIPPED, "one.en-ru.xlf", Map.of());
        Path two =
                translated(
                        SegmentCommandTest.SHIPPED,
                        "two.en-ru.xlf",
                        Map.of("p7.s2", "Декларация закрепила нынешний уровень наших отношений."));

        CliRun run =
                CliRun.of(
                        "qa", one.toString(), two.toString(), "--checks", "consistency", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonOutputTest.JSON.readTree(run.out());
        assertThat(json.get("files")).hasSize(2);
        assertThat(json.get("warnings").asInt()).isEqualTo(1);
        assertThat(json.get("files").get(1).get("findings")).isEmpty();
        JsonNode finding = onlyFinding(json.get("files").get(0).get("findings"));
        assertThat(finding.get("segment").asText()).isEqualTo("p7.s2");
        assertThat(finding.get("variants").toString())
                .contains("[\"" + one + ":p7.s2\"]")
                .contains("[\"" + two + ":p7.s2\"]");
        assertThat(CliRun.of("qa", one.toString(), two.toString()).err())
                .contains("checked 54 translated segments in 2 files (terms against ");
    }

    @Test
    void findsTwoSourcesWithOneTranslationOnce() throws IOException {
        Map<String, String> translation =
                ShippedTranslation.column(ShippedTranslation.TRANSLATION, 1);
        Path xliff =
                translated(
                        SegmentCommandTest.SHIPPED,
                        "pasted.en-ru.xlf",
                        Map.of("p8.s2", translation.get("p8.s1")));

        CliRun run = CliRun.of("qa", xliff.toString(), "--checks", "consistency", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode finding = onlyFinding(JsonOutputTest.JSON.readTree(run.out()).get("findings"));
        assertThat(finding.get("kind").asText()).isEqualTo("shared-translation");
        assertThat(finding.get("segment").asText()).isEqualTo("p8.s1");
        assertThat(finding.get("variants").toString())
                .contains("[\"p8.s1\"]")
                .contains("[\"p8.s2\"]");
        assertThat(finding.get("message").asText())
                .startsWith(
                        "\"" + translation.get("p8.s1") + "\" translates 2 different sources: ");
    }

    private static JsonNode onlyFinding(JsonNode findings) {
        assertThat(findings).as(findings.toString()).hasSize(1);
        assertThat(findings.get(0).get("check").asText()).isEqualTo("consistency");
        return findings.get(0);
    }

    /**
     * The transcript segmented into {@code name}, translated with the professional Russian and
     * {@code changed}.
     */
    @Test
    void findsASourceTheMemoryTranslatedOtherwise() throws IOException {
        Path remembered = translated(SegmentCommandTest.SHIPPED, "remembered.en-ru.xlf", Map.of());
        Path tm = dir.resolve("tm");
        assertThat(CliRun.of("tm", "add", remembered.toString(), "--tm", tm.toString()).exitCode())
                .isZero();
        String other = "Практическое сотрудничество развивается эффективно и активно.";
        Path xliff =
                translated(SegmentCommandTest.SHIPPED, "new.en-ru.xlf", Map.of("p6.s3", other));

        CliRun same =
                CliRun.of(
                        "qa",
                        remembered.toString(),
                        "--checks",
                        "consistency",
                        "--tm",
                        tm.toString());
        CliRun run =
                CliRun.of(
                        "qa",
                        xliff.toString(),
                        "--checks",
                        "consistency",
                        "--tm",
                        tm.toString(),
                        "--json");
        CliRun missing = CliRun.of("qa", xliff.toString(), "--tm", dir.resolve("none").toString());

        assertThat(same.err()).contains("0 findings");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode findings = JsonOutputTest.JSON.readTree(run.out()).get("findings");
        assertThat(findings).as(run.out()).hasSize(1);
        assertThat(findings.get(0).get("segment").asText()).isEqualTo("p6.s3");
        assertThat(findings.get(0).get("kind").asText()).isEqualTo("inconsistent-translation");
        assertThat(findings.get(0).get("variants").findValuesAsText("text"))
                .containsExactly(
                        other,
                        ShippedTranslation.column(ShippedTranslation.TRANSLATION, 1).get("p6.s3"));
        assertThat(findings.get(0).get("variants").get(1).get("places").get(0).asText())
                .isEqualTo("memory " + tm);
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    private Path translated(Path transcript, String name, Map<String, String> changed)
            throws IOException {
        Path xliff = dir.resolve(name);
        assertThat(
                        CliRun.of(
                                        "segment",
                                        transcript.toString(),
                                        "-t",
                                        "ru",
                                        "-o",
                                        xliff.toString())
                                .exitCode())
                .isZero();
        Map<String, String> targets = ShippedTranslation.column(ShippedTranslation.TRANSLATION, 1);
        targets.putAll(changed);
        new ShippedTranslation(xliff).translate(targets);
        return xliff;
    }
}
