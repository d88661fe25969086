package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attache.workbench.XliffFiles;
import dev.attache.xliff.State;
import dev.attache.xliff.TranslationDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers check through {@code attache qa}: nothing in the professional Russian of the shipped transcript, and
 * each date and number error planted in a copy in its own segment and nowhere else, with exit 4.
 */
class NumberQaCommandTest {
    static final Path TRANSLATION = Path.of("src/test/resources/qa/lavrov-aliyev-2023-02-27.ru.tsv");
    private static final Path PLANTED =
            Path.of("src/test/resources/qa/lavrov-aliyev-2023-02-27.ru-numbers-planted.tsv");

    @TempDir
    Path dir;
    private Path xliff;

    @BeforeEach
    void segmentTheShippedTranscript() {
        xliff = dir.resolve("shipped.en-ru.xlf");
        assertThat(CliRun.of("segment", SegmentCommandTest.SHIPPED.toString(), "-t", "ru", "-o", xliff.toString())
                .exitCode()).isZero();
    }

    @Test
    void findsNoNumberInAProfessionalTranslation() throws IOException {
        translate(column(TRANSLATION, 1));

        CliRun run = CliRun.of("qa", xliff.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("checked 27 translated segments (terms against ")
                .contains(", numbers, mechanical, quotes, script, consistency): 0 findings");
    }

    @Test
    void findsEachPlantedErrorInItsSegmentAndExits4() throws IOException {
        Map<String, String> translation = column(TRANSLATION, 1);
        Map<String, String> planted = column(PLANTED, 1);
        translation.putAll(planted);
        translate(translation);

        CliRun run = CliRun.of("qa", xliff.toString(), "--checks", "numbers", "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        JsonNode json = JsonOutputTest.JSON.readTree(run.out());
        assertThat(json.get("glossary").isNull()).isTrue();
        assertThat(json.get("checks").toString()).isEqualTo("[\"numbers\"]");
        Map<String, String> kinds = new TreeMap<>();
        for (JsonNode finding : json.get("findings")) {
            assertThat(finding.get("check").asText()).isEqualTo("numbers");
            assertThat(finding.get("severity").asText()).isEqualTo("error");
            String segment = finding.get("segment").asText();
            String found = planted.get(segment).substring(finding.get("start").asInt(), finding.get("end").asInt());
            assertThat(finding.get("message").asText()).contains("the target has").contains(found);
            kinds.merge(segment, finding.get("kind").asText(), (a, b) -> a + "; " + b);
        }
        assertThat(planted).hasSize(5);
        assertThat(kinds).as(run.out()).isEqualTo(new TreeMap<>(column(PLANTED, 2)));
    }

    @Test
    void termsAloneIgnoreTheNumbers() throws IOException {
        Map<String, String> translation = column(TRANSLATION, 1);
        translation.putAll(column(PLANTED, 1));
        translate(translation);

        CliRun run = CliRun.of("qa", xliff.toString(), "--checks", "terms");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(terms against ").doesNotContain("numbers");
    }

    @Test
    void anUnknownCheckIsAUsageError() {
        CliRun run = CliRun.of("qa", xliff.toString(), "--checks", "dates");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no check 'dates'");
    }

    private void translate(Map<String, String> targets) {
        TranslationDocument read = XliffFiles.read(xliff);
        XliffFiles.write(read.withUnits(read.units().stream().map(u -> !u.translatable() ? u
                : u.withSegments(u.segments().stream()
                        .map(s -> s.withTarget(targets.get(s.id().toString()), State.TRANSLATED)).toList()))
                .toList()), xliff, false);
    }

    /** Column {@code index} of a tab-separated fixture, by segment id (column 0); lines with # first are comments. */
    static Map<String, String> column(Path file, int index) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                values.put(line.split("\t")[0], line.split("\t")[index]);
            }
        }
        return values;
    }
}
