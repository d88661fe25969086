package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.flow.LeverageFlowTest;
import dev.attache.flow.TranslatedFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every language option reads BCP 47 tags and ISO 639-2 codes alike, and the languages compare
 * alike everywhere.
 */
class LanguageOptionsTest {
    private static final String EXACT =
            "He personally devotes close attention to developing our allied interaction.";

    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ru", "RU", "ru-RU", "ru-ru", "rus", "ru-Cyrl-RU"})
    void tmLookupFindsTheRussianEntriesByAnyNameOfRussian(String target) throws Exception {
        Path tm = TranslatedFixture.memoryOfTheShippedTranscript(dir);

        CliRun run =
                CliRun.of("tm", "lookup", EXACT, "-t", target, "-s", "eng", "--tm", tm.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(TranslatedFixture.translationOf(EXACT, "ru"));
    }

    @Test
    void prepareWithARegionLeveragesTheEntriesThatTmLookupFinds() throws Exception {
        Path tm = TranslatedFixture.memoryOfTheShippedTranscript(dir);
        Path transcript = TranslatedFixture.newTranscript(dir, LeverageFlowTest.NEW_TRANSCRIPT);
        Path out = dir.resolve("oslo.en-ru-RU.xlf");

        CliRun run =
                CliRun.of(
                        "segment",
                        transcript.toString(),
                        "-t",
                        "ru-RU",
                        "-o",
                        out.toString(),
                        "--tm",
                        tm.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("memory " + tm + "/: 3 exact, 2 fuzzy, 2 new segments\n");
        assertThat(run.err().lines().filter(l -> !l.endsWith("(from memory)")))
                .as("no warning but the QA of the fixture's placeholder translations")
                .noneMatch(l -> l.contains("warning"));
        assertThat(Files.readString(out)).contains("target-language=\"ru-RU\"");
    }

    @Test
    void aThreeLetterCodeIsItsTwoLetterTag() {
        CliRun run =
                CliRun.of(
                        "segment",
                        SegmentCommandTest.SHIPPED.toString(),
                        "-t",
                        "aze",
                        "-o",
                        dir.resolve("x.xlf").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("warning");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "ru_RU", "russian", "12", "zzz", "-"})
    void anythingElseIsOneUsageLineWithAnExample(String given) {
        for (String[] args :
                new String[][] {
                    {"segment", SegmentCommandTest.SHIPPED.toString(), "-t", given},
                    {"prepare", SegmentCommandTest.SHIPPED.toString(), "-t", "ru," + given},
                    {"tm", "lookup", EXACT, "-t", given, "--tm", dir.resolve("tm").toString()},
                    {
                        "tm",
                        "lookup",
                        EXACT,
                        "-t",
                        "ru",
                        "-s",
                        given,
                        "--tm",
                        dir.resolve("tm").toString()
                    },
                    {"glossary", "lookup", "minister", "-t", given},
                    {"glossary", "scan", SegmentCommandTest.SHIPPED.toString(), "-t", given}
                }) {
            CliRun run = CliRun.of(args);

            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(run.err().lines().filter(l -> l.startsWith("error:")).toList())
                    .singleElement()
                    .asString()
                    .contains("'" + given + "' is not a language code", "e.g. ru");
        }
    }

    @Test
    void aLanguageTheGlossaryDoesNotCoverIsOneWarning() {
        CliRun segment =
                CliRun.of(
                        "segment",
                        SegmentCommandTest.SHIPPED.toString(),
                        "-t",
                        "fr",
                        "-o",
                        dir.resolve("x.en-fr.xlf").toString());
        CliRun scan =
                CliRun.of("glossary", "scan", SegmentCommandTest.SHIPPED.toString(), "-t", "fra");

        assertThat(segment.exitCode()).as(segment.err()).isZero();
        assertThat(segment.err().lines().filter(l -> l.startsWith("warning:")).toList())
                .containsExactly(
                        "warning: the glossary has no fr terms: no hints or term QA for en-fr");
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        assertThat(scan.err())
                .contains("warning: the glossary has no fr terms: no renderings for fr");
    }

    @Test
    void glossaryLookupShowsTheLanguageOfATag() {
        CliRun run = CliRun.of("glossary", "lookup", "allied interaction", "-t", "RU-ru");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  ru: ").doesNotContain("az: ");
    }
}
