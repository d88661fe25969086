package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spelling check through {@code attache qa --spelling}: nothing in the professional Russian of
 * the shipped transcript (its names and terms are the glossary's, in any case), and a misspelt word
 * planted in one segment found there alone, exit 4; without {@code --spelling} it is not run.
 */
class SpellingQaCommandTest {
    @TempDir Path dir;
    private ShippedTranslation shipped;
    private Map<String, String> translation;

    @BeforeEach
    void translateTheShippedTranscript() throws IOException {
        shipped = ShippedTranslation.segmentedIn(dir);
        translation = ShippedTranslation.column(ShippedTranslation.TRANSLATION, 1);
    }

    @Test
    void findsNothingInAProfessionalTranslation() {
        shipped.translate(translation);

        CliRun run = CliRun.of("qa", shipped.xliff().toString(), "--spelling");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains(", consistency, spelling): 0 findings");
    }

    @Test
    void findsAPlantedMisspellingInItsSegmentAlone() throws IOException {
        translation.put(
                "p7.s1", translation.get("p7.s1").replace("сотрудничества", "сотрудничесва"));
        shipped.translate(translation);

        CliRun run = CliRun.of("qa", shipped.xliff().toString(), "--checks", "spelling", "--json");
        CliRun without =
                CliRun.of("qa", shipped.xliff().toString(), "--checks", "numbers,mechanical");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        JsonNode findings = JsonOutputTest.JSON.readTree(run.out()).get("findings");
        assertThat(findings)
                .as(run.out())
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.get("segment").asText()).isEqualTo("p7.s1");
                            assertThat(f.get("kind").asText()).isEqualTo("misspelling");
                            assertThat(
                                            translation
                                                    .get("p7.s1")
                                                    .substring(
                                                            f.get("start").asInt(),
                                                            f.get("end").asInt()))
                                    .isEqualTo("сотрудничесва");
                            assertThat(f.get("message").asText()).contains("\"сотрудничества\"");
                        });
        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(without.out()).doesNotContain("spelling");
    }
}
