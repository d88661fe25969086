package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.attache.BadInputException;
import dev.attache.deliver.DocumentWordCount;
import dev.attache.deliver.FourStateDocument;
import dev.attache.deliver.WordCountReport;
import dev.attache.deliver.WordTally;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.output.WordCountJsonWriter;
import dev.attache.xliff.XliffFiles;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word counts of XLIFF files: the shipped transcript against a hand count and a golden JSON file
 * (rewritten with {@code -Dattache.golden.update=true}), a document in all four states, and totals
 * per language pair.
 */
class StatsFlowTest {
    static final Path SHIPPED_RU = Path.of("xliff/lavrov-aliyev-2023-02-27.en-ru.xlf");
    static final Path GOLDEN = ShippedTranscriptTest.CASE.resolve("stats.en-ru.json");

    @TempDir Path dir;

    /**
     * The transcript's translatable paragraphs, counted by hand: every space-separated token of
     * these paragraphs holds letters or digits and none is an abbreviation, a slashed date or an
     * amount, so each is one word ("Lavrov's", "countries'", "all-time", "mega-projects",
     * "family-level", "30th", "100th", "2022," and "20:59" included). title p1 22; dateline p2 4
     * (27 | February | 2023 | 20:59); salutation p4 2; body p5 32 + p6 99 + p7 71 + p8 115 + p9 66
     * + p10 86 + p11 35 = 504; in all 22 + 4 + 2 + 504 = 532. The reference number p3
     * (359-27-02-2023, translate="no") is not counted.
     */
    @Test
    void theShippedTranscriptHasTheWordsCountedByHand() {
        DocumentWordCount count = new StatsFlow().run(List.of(SHIPPED_RU)).files().get(0).count();

        assertThat(count.total().sourceWords()).isEqualTo(532);
        assertThat(count.byKind().keySet())
                .containsExactly("title", "dateline", "salutation", "body");
        assertThat(count.byKind().get("title").sourceWords()).isEqualTo(22);
        assertThat(count.byKind().get("dateline").sourceWords()).isEqualTo(4);
        assertThat(count.byKind().get("salutation").sourceWords()).isEqualTo(2);
        assertThat(count.byKind().get("body").sourceWords()).isEqualTo(504);
    }

    @Test
    void theShippedTranscriptMatchesItsGoldenJson() throws Exception {
        var json = new StringWriter();
        new WordCountJsonWriter().write(new StatsFlow().run(List.of(SHIPPED_RU)), json);
        if (ShippedTranscriptTest.UPDATE) {
            Files.writeString(GOLDEN, json.toString(), StandardCharsets.UTF_8);
        }

        assertThat(json.toString()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void countsEachStateAndKindOfAnXliffFile() {
        Path xliff = dir.resolve("four-states.en-ru.xlf");
        XliffFiles.write(FourStateDocument.document(), xliff, false);

        DocumentWordCount count = new StatsFlow().run(List.of(xliff)).files().get(0).count();

        assertThat(count.total()).isEqualTo(FourStateDocument.TOTAL);
        assertThat(count.byState())
                .containsExactly(
                        Map.entry(State.NEW, FourStateDocument.NEW),
                        Map.entry(State.TRANSLATED, FourStateDocument.TRANSLATED),
                        Map.entry(State.NEEDS_REVIEW, FourStateDocument.NEEDS_REVIEW),
                        Map.entry(State.FINAL, FourStateDocument.FINAL));
        assertThat(count.byKind())
                .containsExactly(
                        Map.entry("title", FourStateDocument.TITLE),
                        Map.entry("body", FourStateDocument.BODY),
                        Map.entry("salutation", FourStateDocument.SALUTATION));
    }

    @Test
    void addsUpFilesPerLanguagePair() {
        Path one = dir.resolve("one.en-ru.xlf");
        Path az = dir.resolve("four-states.en-az.xlf");
        Path two = dir.resolve("two.en-ru.xlf");
        XliffFiles.write(FourStateDocument.document(), one, false);
        XliffFiles.write(
                new TranslationDocument(
                        "four-states.en.txt",
                        Locale.ENGLISH,
                        Locale.forLanguageTag("az"),
                        FourStateDocument.document().units()),
                az,
                false);
        XliffFiles.write(FourStateDocument.document(), two, false);

        WordCountReport report = new StatsFlow().run(List.of(one, az, two));

        assertThat(report.files()).extracting(f -> f.file()).containsExactly(one, az, two);
        assertThat(report.totals())
                .extracting(t -> t.count().languagePair(), t -> t.files())
                .containsExactly(tuple("en-ru", 2), tuple("en-az", 1));
        WordTally ruTotal = report.totals().get(0).count().total();
        assertThat(ruTotal).isEqualTo(FourStateDocument.TOTAL.plus(FourStateDocument.TOTAL));
    }

    @Test
    void aBadFileIsBadInput() throws Exception {
        Path good = dir.resolve("good.en-ru.xlf");
        XliffFiles.write(FourStateDocument.document(), good, false);
        Path bad =
                Files.writeString(
                        dir.resolve("notes.xlf"), "just some notes", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new StatsFlow().run(List.of(good, bad)))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(bad.toString());
    }
}
