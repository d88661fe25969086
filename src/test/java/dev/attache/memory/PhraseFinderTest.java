package dev.attache.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A phrase is found in its inflected forms, in order and whole words only, and its offsets are the
 * words'.
 */
class PhraseFinderTest {
    @Test
    void englishFindsOtherCasesAndNumbersOfThePhrase() {
        PhraseFinder finder = new PhraseFinder("allied interaction", Locale.ENGLISH);
        String text = "The Declaration on Allied Interaction and our allied interactions.";

        assertThat(finder.find(text))
                .extracting(span -> text.substring(span.start(), span.end()))
                .containsExactly("Allied Interaction", "allied interactions");
        assertThat(finder.find("interaction that is allied")).isEmpty();
        assertThat(finder.find("an alliedinteraction")).isEmpty();
    }

    @Test
    void russianFindsTheInflectedForms() {
        PhraseFinder finder =
                new PhraseFinder("союзническое взаимодействие", Locale.forLanguageTag("ru"));
        String text =
                "Декларация о союзническом взаимодействии; развитие союзнического взаимодействия.";

        assertThat(finder.find(text))
                .extracting(span -> text.substring(span.start(), span.end()))
                .containsExactly("союзническом взаимодействии", "союзнического взаимодействия");
        assertThat(finder.find("союзного взаимодействия")).isEmpty();
    }

    @Test
    void highlightingMarksEachHit() {
        MemoryEntry entry =
                new MemoryEntry(
                        "Our allied interaction, and allied interaction again.",
                        "Наше …",
                        LanguagePair.of("en", "ru"),
                        "tester",
                        java.time.Instant.EPOCH,
                        "x.en-ru.xlf");
        var line =
                new ConcordanceLine(
                        entry,
                        false,
                        new PhraseFinder("allied interaction", Locale.ENGLISH)
                                .find(entry.source()));

        assertThat(line.highlighted("[", "]"))
                .isEqualTo("Our [allied interaction], and [allied interaction] again.");
    }
}
