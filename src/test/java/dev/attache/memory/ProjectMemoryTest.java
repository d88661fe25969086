package dev.attache.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import dev.attache.flow.TranslatedFixture;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory in its index: the shipped transcript translated, added, and looked up. */
class ProjectMemoryTest {
    static final LanguagePair EN_RU = LanguagePair.of("en", "ru");
    static final LanguagePair EN_AZ = LanguagePair.of("en", "az");
    static final String EXACT =
            "He personally devotes close attention to developing our allied interaction.";
    static final String ONE_WORD =
            "He personally devotes great attention to developing our allied interaction.";
    static final String YEAR = "In 2022, we marked the 30th anniversary of diplomatic relations.";
    static final String OTHER_YEAR =
            "In 2023, we marked the 30th anniversary of diplomatic relations.";
    static final Instant WHEN = Instant.parse("2024-05-06T07:08:09Z");

    @TempDir Path dir;
    private Path tm;
    private List<MemoryEntry> russian;

    /** The shipped transcript's 27 segments, translated into Russian as the fixture does it. */
    static List<MemoryEntry> translated(Path dir, String lang) {
        Path xliff =
                TranslatedFixture.segment(
                        TranslatedFixture.TRANSCRIPT, lang, dir.resolve("x.en-" + lang + ".xlf"));
        TranslationDocument document = TranslatedFixture.fill(xliff, State.TRANSLATED);
        return MemoryEntry.translatedPairs(document, "x.en-" + lang + ".xlf", "tester", WHEN);
    }

    @BeforeEach
    void memory() {
        tm = dir.resolve("tm");
        russian = translated(dir, "ru");
        try (ProjectMemory memory = ProjectMemory.openOrCreate(tm)) {
            assertThat(memory.add(russian)).isEqualTo(new AddSummary(27, 0, 0));
        }
    }

    private List<MemoryMatch> lookup(String text, LanguagePair languages) {
        try (ProjectMemory memory = ProjectMemory.open(tm)) {
            return memory.lookup(text, languages, 75, 3);
        }
    }

    @Test
    void anExactSentenceScoresHundredWithItsProvenance() {
        List<MemoryMatch> matches = lookup(EXACT, EN_RU);

        assertThat(matches)
                .first()
                .isEqualTo(
                        new MemoryMatch(
                                100,
                                true,
                                new MemoryEntry(
                                        EXACT,
                                        TranslatedFixture.translationOf(EXACT, "ru"),
                                        EN_RU,
                                        "tester",
                                        WHEN,
                                        "x.en-ru.xlf")));
    }

    @Test
    void aSentenceWithOneWordOrTheYearChangedIsAFuzzyMatch() {
        MemoryMatch word = lookup(ONE_WORD, EN_RU).get(0);
        MemoryMatch year = lookup(OTHER_YEAR, EN_RU).get(0);

        assertThat(word.exact()).isFalse();
        assertThat(word.score()).isBetween(75, 99);
        assertThat(word.entry().source()).isEqualTo(EXACT);
        assertThat(year.exact()).isFalse();
        assertThat(year.score()).isBetween(75, 99);
        assertThat(year.entry().source()).isEqualTo(YEAR);
    }

    @Test
    void anUnrelatedSentenceOrAnotherLanguagePairHasNoMatch() {
        assertThat(
                        lookup(
                                "The weather in Oslo was cold and rainy for the whole of last week.",
                                EN_RU))
                .isEmpty();
        assertThat(lookup(EXACT, EN_AZ)).isEmpty();
        assertThat(lookup(ONE_WORD, EN_AZ)).isEmpty();
    }

    @Test
    void twoLanguagePairsLiveSideBySide() {
        try (ProjectMemory memory = ProjectMemory.openOrCreate(tm)) {
            memory.add(translated(dir, "az"));
            assertThat(memory.counts()).isEqualTo(Map.of(EN_AZ, 27, EN_RU, 27));
            assertThat(memory.lookup(EXACT, EN_AZ, 75, 3))
                    .extracting(m -> m.entry().target())
                    .containsExactly(TranslatedFixture.translationOf(EXACT, "az"));
            assertThat(memory.lookup(EXACT, EN_RU, 75, 3))
                    .extracting(m -> m.entry().target())
                    .containsExactly(TranslatedFixture.translationOf(EXACT, "ru"));
        }
    }

    @Test
    void addingTwiceKeepsOneEntryAndANewerTranslationReplacesTheOlder() {
        MemoryEntry newer =
                new MemoryEntry(
                        EXACT,
                        "Он лично уделяет пристальное внимание развитию союзничества.",
                        EN_RU,
                        "reviser",
                        WHEN.plusSeconds(60),
                        "y.en-ru.xlf");
        try (ProjectMemory memory = ProjectMemory.openOrCreate(tm)) {
            assertThat(memory.add(russian)).isEqualTo(new AddSummary(0, 0, 27));
            assertThat(memory.lookup(EXACT, EN_RU, 75, 3))
                    .first()
                    .extracting(m -> m.entry().target())
                    .isEqualTo(TranslatedFixture.translationOf(EXACT, "ru"));
            assertThat(memory.add(List.of(newer))).isEqualTo(new AddSummary(0, 1, 0));

            assertThat(memory.counts()).isEqualTo(Map.of(EN_RU, 27));
            assertThat(memory.lookup(EXACT, EN_RU, 75, 3))
                    .first()
                    .isEqualTo(new MemoryMatch(100, true, newer));
        }
        assertThat(lookup(EXACT, EN_RU))
                .filteredOn(MemoryMatch::exact)
                .containsExactly(new MemoryMatch(100, true, newer));
    }

    @Test
    void manyLookupsWithOneOpenMemory() {
        try (ProjectMemory memory = ProjectMemory.open(tm)) {
            for (int i = 0; i < 50; i++) {
                for (MemoryEntry entry : russian) {
                    assertThat(memory.lookup(entry.source(), EN_RU, 75, 1))
                            .first()
                            .extracting(MemoryMatch::exact)
                            .isEqualTo(true);
                }
            }
        }
    }

    @Test
    void aFolderThatIsNotAMemoryOrIsLockedIsRefused() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("readme.txt"), "not an index");
        assertThatThrownBy(() -> ProjectMemory.openOrCreate(notes))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(notes + ": not a translation memory");
        assertThatThrownBy(() -> ProjectMemory.open(dir.resolve("missing")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no translation memory here");

        try (ProjectMemory first = ProjectMemory.openOrCreate(tm);
                var other = org.apache.lucene.store.FSDirectory.open(tm);
                var lock = other.obtainLock("write.lock")) {
            assertThatThrownBy(() -> first.add(russian))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("in use by another run");
        }
        try (ProjectMemory memory = ProjectMemory.open(tm)) {
            assertThat(memory.counts()).isEqualTo(Map.of(EN_RU, 27));
        }
    }
}
