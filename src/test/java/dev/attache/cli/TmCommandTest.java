package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.flow.TranslatedFixture;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache tm add|lookup|concordance|export|stats} on the shipped transcript, translated. */
class TmCommandTest {
    private static final String EXACT =
            "He personally devotes close attention to developing our allied interaction.";

    @TempDir Path dir;
    private Path tm;
    private Path xliff;
    private TranslationDocument translated;

    @BeforeEach
    void added() {
        tm = dir.resolve("tm");
        xliff =
                TranslatedFixture.segment(
                        TranslatedFixture.TRANSCRIPT, "ru", dir.resolve("x.en-ru.xlf"));
        translated = TranslatedFixture.fill(xliff, State.TRANSLATED);
        CliRun add = CliRun.of("tm", "add", xliff.toString(), "--tm", tm.toString());
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.err())
                .isEqualTo("memory " + tm + ": added 27 pairs" + System.lineSeparator());
    }

    @Test
    void addingAgainAddsNothingAndStatsCountPerLanguagePair() {
        CliRun again = CliRun.of("tm", "add", xliff.toString(), "--tm", tm.toString());
        CliRun stats = CliRun.of("tm", "stats", "--tm", tm.toString());

        assertThat(again.err()).contains("added 0 pairs, 27 held already");
        assertThat(stats.exitCode()).isZero();
        assertThat(stats.out()).containsPattern("en→ru\\s+27").containsPattern("total\\s+27");
    }

    @Test
    void lookupAsJsonHasTheDocumentedShape() throws IOException {
        CliRun run = CliRun.of("tm", "lookup", EXACT, "-t", "ru", "--json", "--tm", tm.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(JsonOutputTest.keys(json))
                .containsExactly(
                        "format",
                        "version",
                        "query",
                        "sourceLanguage",
                        "targetLanguage",
                        "matches");
        assertThat(json.get("format").asText()).isEqualTo("attache-tm-lookup");
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("query").asText()).isEqualTo(EXACT);
        assertThat(json.get("sourceLanguage").asText()).isEqualTo("en");
        assertThat(json.get("targetLanguage").asText()).isEqualTo("ru");
        JsonNode best = json.get("matches").get(0);
        assertThat(best.get("score").asInt()).isEqualTo(100);
        assertThat(best.get("exact").asBoolean()).isTrue();
        assertThat(best.get("source").asText()).isEqualTo(EXACT);
        assertThat(best.get("target").asText())
                .isEqualTo(TranslatedFixture.translationOf(EXACT, "ru"));
        assertThat(best.get("file").asText()).isEqualTo("x.en-ru.xlf");
        assertThat(best.get("created").asText())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(CliRun.of("tm", "lookup", "--help").out())
                .contains("\"attache-tm-lookup\"", "\"matches\"");
    }

    @Test
    void concordanceFindsThePhraseInItsFormsMarksItAndGivesItsOffsets() throws IOException {
        CliRun run =
                CliRun.of(
                        "tm",
                        "concordance",
                        "allied interaction",
                        "-t",
                        "ru",
                        "--tm",
                        tm.toString());
        CliRun json =
                CliRun.of(
                        "tm",
                        "concordance",
                        "allied interactions",
                        "--json",
                        "--tm",
                        tm.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines())
                .hasSize(3)
                .allMatch(l -> l.contains("llied ") && l.endsWith("(en→ru, x.en-ru.xlf)"))
                .anyMatch(
                        l ->
                                l.startsWith(
                                        "He personally devotes close attention to developing our [allied "
                                                + "interaction].  →  "))
                .anyMatch(l -> l.contains("the Declaration on [Allied Interaction] between"));
        JsonNode printed = new ObjectMapper().readTree(json.out());
        assertThat(JsonOutputTest.keys(printed))
                .containsExactly("format", "version", "phrase", "side", "entries");
        assertThat(printed.get("entries")).hasSize(3);
        JsonNode first = printed.get("entries").get(0);
        String source = first.get("source").asText();
        JsonNode hit = first.get("hits").get(0);
        assertThat(source.substring(hit.get("start").asInt(), hit.get("end").asInt()))
                .isEqualToIgnoringCase("allied interaction");
        assertThat(
                        CliRun.of(
                                        "tm",
                                        "concordance",
                                        "allied interaction",
                                        "-t",
                                        "az",
                                        "--tm",
                                        tm.toString())
                                .exitCode())
                .isZero();
    }

    @Test
    void statsAsJsonHasTheDocumentedShapeAndTheCountsOfTheLines() throws IOException {
        Path az =
                TranslatedFixture.segment(
                        TranslatedFixture.TRANSCRIPT, "az", dir.resolve("x.en-az.xlf"));
        TranslatedFixture.fill(az, State.TRANSLATED);
        assertThat(CliRun.of("tm", "add", az.toString(), "--tm", tm.toString()).err())
                .contains("added 27 pairs");

        CliRun run = CliRun.of("tm", "stats", "--json", "--tm", tm.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(JsonOutputTest.keys(json))
                .containsExactly("format", "version", "pairs", "total");
        assertThat(json.get("format").asText()).isEqualTo("attache-tm-stats");
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("pairs")).hasSize(2);
        JsonNode first = json.get("pairs").get(0);
        assertThat(JsonOutputTest.keys(first))
                .containsExactly("sourceLanguage", "targetLanguage", "entries");
        assertThat(first.get("sourceLanguage").asText()).isEqualTo("en");
        assertThat(first.get("targetLanguage").asText()).isEqualTo("az");
        assertThat(first.get("entries").asInt()).isEqualTo(27);
        assertThat(json.get("pairs").get(1).get("targetLanguage").asText()).isEqualTo("ru");
        assertThat(json.get("total").asInt()).isEqualTo(54);
        assertThat(CliRun.of("tm", "stats", "--tm", tm.toString()).out())
                .containsPattern("en→az\\s+27")
                .containsPattern("total\\s+54");
        assertThat(CliRun.of("tm", "stats", "--help").out())
                .contains("\"attache-tm-stats\"", "\"pairs\"");
    }

    @Test
    void noMatchIsANoteAndAnotherLanguagePairHasNone() {
        CliRun az = CliRun.of("tm", "lookup", EXACT, "-t", "az", "--tm", tm.toString());

        assertThat(az.exitCode())
                .as("a lookup is no check: exit 0 with or without a match")
                .isZero();
        assertThat(az.out()).isEmpty();
        assertThat(az.err())
                .isEqualTo("note: no match of 75% or more in " + tm + System.lineSeparator());
    }

    @Test
    void theExportedTmxHasEveryPairAndGoesIntoAnotherMemory() {
        Path tmx = dir.resolve("memory.tmx");
        CliRun export = CliRun.of("tm", "export", "-o", tmx.toString(), "--tm", tm.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(
                        CliRun.of("tm", "export", "-o", tmx.toString(), "--tm", tm.toString())
                                .exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);

        List<List<String>> expected =
                translated
                        .translatableSegments()
                        .map(s -> List.of(s.source(), s.target()))
                        .toList();
        assertThat(readBack(tmx)).containsExactlyInAnyOrderElementsOf(expected);
        CliRun add = CliRun.of("tm", "add", tmx.toString(), "--tm", dir.resolve("tm2").toString());
        assertThat(add.err()).contains("added 27 pairs");
        assertThat(
                        CliRun.of(
                                        "tm",
                                        "lookup",
                                        EXACT,
                                        "-t",
                                        "ru",
                                        "--tm",
                                        dir.resolve("tm2").toString())
                                .out())
                .contains("x.en-ru.xlf");
    }

    @Test
    void aFolderThatIsNotAMemoryIsBadInputInOneLine() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("readme.txt"), "hello");

        CliRun run = CliRun.of("tm", "add", xliff.toString(), "--tm", notes.toString());
        CliRun stats = CliRun.of("tm", "stats", "--tm", notes.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .startsWith("error: " + notes + ": not a translation memory")
                .hasLineCount(1);
        assertThat(stats.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stats.err()).hasLineCount(1);
    }

    @Test
    void anEmptyFolderIsAnEmptyMemory() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        CliRun stats = CliRun.of("tm", "stats", "--tm", empty.toString());
        CliRun lookup = CliRun.of("tm", "lookup", EXACT, "-t", "ru", "--tm", empty.toString());

        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).startsWith("total").contains(" 0");
        assertThat(lookup.exitCode()).as(lookup.err()).isZero();
        assertThat(lookup.err()).contains("no match");
    }

    private static List<List<String>> readBack(Path tmx) {
        LocaleId en = LocaleId.fromBCP47("en");
        LocaleId ru = LocaleId.fromBCP47("ru");
        List<List<String>> pairs = new ArrayList<>();
        try (TmxFilter filter = new TmxFilter();
                RawDocument raw = new RawDocument(tmx.toUri(), "UTF-8", en, ru)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit tu = event.getTextUnit();
                    pairs.add(List.of(tu.getSource().toString(), tu.getTarget(ru).toString()));
                }
            }
        }
        return pairs;
    }
}
