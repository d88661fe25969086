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
 * The mechanical, quotes and script checks through {@code attache qa}: nothing in the professional
 * Russian of the shipped transcript, and each error planted in a copy (a doubled word in different
 * case, the source left, a dropped full stop, a double and a trailing space, a blank target marked
 * translated, an unclosed «, a sentence in English, straight quotes, most of a sentence dropped) in
 * its own segment and nowhere else, with exit 4.
 */
class FormQaCommandTest {
    private static final Path PLANTED =
            Path.of("src/test/resources/qa/lavrov-aliyev-2023-02-27.ru-form-planted.tsv");

    @TempDir Path dir;
    private ShippedTranslation shipped;

    @BeforeEach
    void segmentTheShippedTranscript() {
        shipped = ShippedTranslation.segmentedIn(dir);
    }

    @Test
    void findsNothingInAProfessionalTranslation() throws IOException {
        shipped.translate(ShippedTranslation.column(ShippedTranslation.TRANSLATION, 1));

        CliRun run =
                CliRun.of("qa", shipped.xliff().toString(), "--checks", "mechanical,quotes,script");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains(
                        "checked 27 translated segments (mechanical, quotes, script): 0 findings");
    }

    @Test
    void findsEachPlantedErrorInItsSegmentAndExits4() throws IOException {
        Map<String, String> translation =
                ShippedTranslation.column(ShippedTranslation.TRANSLATION, 1);
        Map<String, String> planted = ShippedTranslation.column(PLANTED, 1);
        translation.putAll(planted);
        shipped.translate(translation);

        CliRun run =
                CliRun.of(
                        "qa",
                        shipped.xliff().toString(),
                        "--checks",
                        "script,quotes,mechanical",
                        "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        JsonNode json = JsonOutputTest.JSON.readTree(run.out());
        assertThat(json.get("checks").toString())
                .isEqualTo("[\"mechanical\",\"quotes\",\"script\"]");
        Map<String, String> kinds = new TreeMap<>();
        for (JsonNode finding : json.get("findings")) {
            assertThat(finding.get("check").asText()).isIn("mechanical", "quotes", "script");
            String segment = finding.get("segment").asText();
            assertThat(finding.get("end").asInt())
                    .isBetween(finding.get("start").asInt(), planted.get(segment).length());
            kinds.merge(segment, finding.get("kind").asText(), (a, b) -> a + "; " + b);
        }
        Map<String, Integer> byCheck = new TreeMap<>();
        json.get("findings")
                .forEach(
                        f ->
                                byCheck.merge(
                                        f.get("check").asText()
                                                + " "
                                                + f.get("severity").asText()
                                                + "s",
                                        1,
                                        Integer::sum));
        Map<String, Integer> grouped = new TreeMap<>();
        json.get("byCheck")
                .fields()
                .forEachRemaining(
                        check ->
                                check.getValue()
                                        .fields()
                                        .forEachRemaining(
                                                count -> {
                                                    if (count.getValue().asInt() > 0) {
                                                        grouped.put(
                                                                check.getKey()
                                                                        + " "
                                                                        + count.getKey(),
                                                                count.getValue().asInt());
                                                    }
                                                }));
        assertThat(grouped)
                .isEqualTo(byCheck)
                .containsEntry("mechanical warnings", 4)
                .containsKey("script errors");
        assertThat(planted).hasSize(10);
        assertThat(kinds)
                .as(run.out())
                .isEqualTo(new TreeMap<>(ShippedTranslation.column(PLANTED, 2)));
    }
}
