package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers check through {@code attache qa}: nothing in the professional Russian of the shipped
 * transcript, and each date and number error planted in a copy in its own segment and nowhere else,
 * with exit 4.
 */
class NumberQaCommandTest {
    private static final Path PLANTED =
            Path.of("src/test/resources/qa/lavrov-aliyev-2023-02-27.ru-numbers-planted.tsv");

    @TempDir Path dir;
    private ShippedTranslation shipped;

    @BeforeEach
    void segmentTheShippedTranscript() {
        shipped = ShippedTranslation.segmentedIn(dir);
    }

    @Test
    void findsNoNumberInAProfessionalTranslation() throws IOException {
        shipped.translate(ShippedTranslation.column(ShippedTranslation.TRANSLATION, 1));

        CliRun run = CliRun.of("qa", shipped.xliff().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains("checked 27 translated segments (terms against ")
                .contains(", numbers, mechanical, quotes, script, consistency): 0 findings");
    }

    @Test
    void findsEachPlantedErrorInItsSegmentAndExits4() throws IOException {
        Map<String, String> translation =
                ShippedTranslation.column(ShippedTranslation.TRANSLATION, 1);
        Map<String, String> planted = ShippedTranslation.column(PLANTED, 1);
        translation.putAll(planted);
        shipped.translate(translation);

        CliRun run = CliRun.of("qa", shipped.xliff().toString(), "--checks", "numbers", "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        JsonNode json = JsonOutputTest.JSON.readTree(run.out());
        assertThat(json.get("glossary").isNull()).isTrue();
        assertThat(json.get("checks").toString()).isEqualTo("[\"numbers\"]");
        Map<String, String> kinds = new TreeMap<>();
        for (JsonNode finding : json.get("findings")) {
            assertThat(finding.get("check").asText()).isEqualTo("numbers");
            assertThat(finding.get("severity").asText()).isEqualTo("error");
            String segment = finding.get("segment").asText();
            String found =
                    planted.get(segment)
                            .substring(finding.get("start").asInt(), finding.get("end").asInt());
            assertThat(finding.get("message").asText()).contains("the target has").contains(found);
            kinds.merge(segment, finding.get("kind").asText(), (a, b) -> a + "; " + b);
        }
        assertThat(planted).hasSize(5);
        assertThat(kinds)
                .as(run.out())
                .isEqualTo(new TreeMap<>(ShippedTranslation.column(PLANTED, 2)));
    }

    @Test
    void termsAloneIgnoreTheNumbers() throws IOException {
        Map<String, String> translation =
                ShippedTranslation.column(ShippedTranslation.TRANSLATION, 1);
        translation.putAll(ShippedTranslation.column(PLANTED, 1));
        shipped.translate(translation);

        CliRun run = CliRun.of("qa", shipped.xliff().toString(), "--checks", "terms");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("(terms against ").doesNotContain("numbers");
    }

    @Test
    void anUnknownCheckIsAUsageError() {
        CliRun run = CliRun.of("qa", shipped.xliff().toString(), "--checks", "dates");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no check 'dates'");
    }
}
