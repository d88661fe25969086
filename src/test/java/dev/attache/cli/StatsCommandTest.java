package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.deliver.FourStateDocument;
import dev.attache.model.TranslationDocument;
import dev.attache.xliff.XliffFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    @TempDir Path dir;

    private Path fourStates(String name, Locale target) {
        Path xliff = dir.resolve(name);
        TranslationDocument document = FourStateDocument.document();
        XliffFiles.write(
                new TranslationDocument(
                        document.original(), document.sourceLang(), target, document.units()),
                xliff,
                false);
        return xliff;
    }

    @Test
    void printsATablePerFile() {
        Path xliff = fourStates("four-states.en-ru.xlf", FourStateDocument.RU);
        CliRun run = CliRun.of("stats", xliff.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList())
                .containsExactly(
                        xliff + " (en-ru, GMX-V words)",
                        "                 segments  source words  target words",
                        "new                     2            13             0",
                        "translated              1            10             8",
                        "needs review            1             8             6",
                        "final                   1             6             7",
                        "total                   5            37            21",
                        "kind title              1             6             7",
                        "kind body               3            29            14",
                        "kind salutation         1             2             0");
    }

    @Test
    void printsTheFiguresAsJson() throws Exception {
        Path xliff = fourStates("four-states.en-ru.xlf", FourStateDocument.RU);
        CliRun run = CliRun.of("stats", "--json", xliff.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("format").asText()).isEqualTo("attache-stats");
        assertThat(json.path("version").asInt()).isEqualTo(1);
        JsonNode file = json.path("files").path(0);
        assertThat(file.path("file").asText()).isEqualTo(xliff.toString());
        assertThat(file.path("sourceLanguage").asText()).isEqualTo("en");
        assertThat(file.path("targetLanguage").asText()).isEqualTo("ru");
        assertThat(file.path("wordCounter").asText()).isEqualTo("GMX-V");
        assertThat(figures(file.path("total"))).containsExactly(5L, 37L, 21L);
        assertThat(names(file.path("byState")))
                .containsExactly("new", "translated", "needs-review", "final");
        assertThat(figures(file.path("byState").path("new"))).containsExactly(2L, 13L, 0L);
        assertThat(figures(file.path("byState").path("translated"))).containsExactly(1L, 10L, 8L);
        assertThat(figures(file.path("byState").path("needs-review"))).containsExactly(1L, 8L, 6L);
        assertThat(figures(file.path("byState").path("final"))).containsExactly(1L, 6L, 7L);
        assertThat(names(file.path("byKind"))).containsExactly("title", "body", "salutation");
        assertThat(figures(file.path("byKind").path("body"))).containsExactly(3L, 29L, 14L);
        JsonNode total = json.path("totals").path(0);
        assertThat(total.path("files").asInt()).isEqualTo(1);
        assertThat(figures(total.path("total"))).containsExactly(5L, 37L, 21L);
    }

    @Test
    void addsUpTwoFilesOfTheSamePairOnly() throws Exception {
        Path ru = fourStates("four-states.en-ru.xlf", FourStateDocument.RU);
        Path az = fourStates("four-states.en-az.xlf", Locale.forLanguageTag("az"));
        Path ru2 = fourStates("again.en-ru.xlf", FourStateDocument.RU);

        CliRun table = CliRun.of("stats", ru.toString(), az.toString(), ru2.toString());
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out())
                .contains(
                        ru + " (en-ru, GMX-V words)",
                        az + " (en-az, GMX-V words)",
                        ru2 + " (en-ru, GMX-V words)",
                        "total en-ru over 2 files")
                .doesNotContain("total en-az");
        assertThat(table.out().substring(table.out().indexOf("total en-ru over 2 files")))
                .contains("total                  10            74            42");

        CliRun run = CliRun.of("stats", "--json", ru.toString(), az.toString(), ru2.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("files")).hasSize(3);
        JsonNode totals = json.path("totals");
        assertThat(totals).hasSize(2);
        assertThat(totals.path(0).path("targetLanguage").asText()).isEqualTo("ru");
        assertThat(totals.path(0).path("files").asInt()).isEqualTo(2);
        assertThat(figures(totals.path(0).path("total"))).containsExactly(10L, 74L, 42L);
        assertThat(totals.path(1).path("targetLanguage").asText()).isEqualTo("az");
        assertThat(figures(totals.path(1).path("total"))).containsExactly(5L, 37L, 21L);
    }

    @Test
    void aFileThatIsNotXliffIsBadInputAndNothingIsPrinted() throws Exception {
        Path good = fourStates("four-states.en-ru.xlf", FourStateDocument.RU);
        Path bad =
                Files.writeString(
                        dir.resolve("notes.xlf"),
                        "<notes>not XLIFF</notes>",
                        StandardCharsets.UTF_8);

        for (String format : List.of("--json", "--verbose")) {
            CliRun run = CliRun.of("stats", format, good.toString(), bad.toString());
            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("error: " + bad);
        }
    }

    @Test
    void helpSaysWhatCounts() {
        CliRun run = CliRun.of("stats", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", " "))
                .contains(
                        "GMX-V",
                        "reference number",
                        "A target identical to its source with state new counts as untranslated",
                        "needs-review and final always present");
    }

    private static List<Long> figures(JsonNode tally) {
        return List.of(
                tally.path("segments").asLong(),
                tally.path("sourceWords").asLong(),
                tally.path("targetWords").asLong());
    }

    private static List<String> names(JsonNode object) {
        var names = new java.util.ArrayList<String>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
