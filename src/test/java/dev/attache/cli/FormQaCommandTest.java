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
 * The mechanical, quotes and script checks through {@code attache qa}: nothing in the professional Russian of the
 * shipped transcript, and each error planted in a copy (a doubled word in different case, the source left, a dropped
 * full stop, a double and a trailing space, a blank target marked translated, an unclosed «, a sentence in English,
 * straight quotes) in its own segment and nowhere else, with exit 4.
 */
class FormQaCommandTest {
    private static final Path TRANSLATION = Path.of("src/test/resources/qa/lavrov-aliyev-2023-02-27.ru.tsv");
    private static final Path PLANTED =
            Path.of("src/test/resources/qa/lavrov-aliyev-2023-02-27.ru-form-planted.tsv");

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
    void findsNothingInAProfessionalTranslation() throws IOException {
        translate(column(TRANSLATION, 1));

        CliRun run = CliRun.of("qa", xliff.toString(), "--checks", "mechanical,quotes,script");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("checked 27 translated segments (mechanical, quotes, script): 0 findings");
    }

    @Test
    void findsEachPlantedErrorInItsSegmentAndExits4() throws IOException {
        Map<String, String> translation = column(TRANSLATION, 1);
        Map<String, String> planted = column(PLANTED, 1);
        translation.putAll(planted);
        translate(translation);

        CliRun run = CliRun.of("qa", xliff.toString(), "--checks", "script,quotes,mechanical", "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        JsonNode json = JsonOutputTest.JSON.readTree(run.out());
        assertThat(json.get("checks").toString()).isEqualTo("[\"mechanical\",\"quotes\",\"script\"]");
        Map<String, String> kinds = new TreeMap<>();
        for (JsonNode finding : json.get("findings")) {
            assertThat(finding.get("check").asText()).isIn("mechanical", "quotes", "script");
            String segment = finding.get("segment").asText();
            assertThat(finding.get("end").asInt())
                    .isBetween(finding.get("start").asInt(), planted.get(segment).length());
            kinds.merge(segment, finding.get("kind").asText(), (a, b) -> a + "; " + b);
        }
        assertThat(planted).hasSize(9);
        assertThat(kinds).as(run.out()).isEqualTo(new TreeMap<>(column(PLANTED, 2)));
    }

    private void translate(Map<String, String> targets) {
        TranslationDocument read = XliffFiles.read(xliff);
        XliffFiles.write(read.withUnits(read.units().stream().map(u -> !u.translatable() ? u
                : u.withSegments(u.segments().stream()
                        .map(s -> s.withTarget(targets.get(s.id().toString()), State.TRANSLATED)).toList()))
                .toList()), xliff, false);
    }

    /** Column {@code index} of a tab-separated fixture, by segment id (column 0); lines with # first are comments. */
    private static Map<String, String> column(Path file, int index) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                values.put(line.split("\t", -1)[0], line.split("\t", -1)[index]);
            }
        }
        return values;
    }
}
