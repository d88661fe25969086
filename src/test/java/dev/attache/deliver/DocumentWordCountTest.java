package dev.attache.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.model.State;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentWordCountTest {
    private final DocumentWordCount count =
            DocumentWordCount.of(FourStateDocument.document(), new GmxWordCounter());

    @Test
    void countsTheTranslatableSegmentsPerStateAndKind() {
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
        assertThat(count.languagePair()).isEqualTo("en-ru");
    }

    @Test
    void everyStateIsPresentEvenWithNoSegment() {
        var onlyNew =
                new DocumentWordCount(
                        Locale.ENGLISH,
                        FourStateDocument.RU,
                        new WordTally(1, 2, 0),
                        Map.of(State.NEW, new WordTally(1, 2, 0)),
                        Map.of("body", new WordTally(1, 2, 0)));

        assertThat(onlyNew.byState()).containsOnlyKeys(State.values());
        assertThat(onlyNew.byState().get(State.FINAL)).isEqualTo(WordTally.ZERO);
    }

    @Test
    void addsCountsOfTheSameLanguagePairKeepingTheKindsInOrder() {
        var salutationOnly =
                new DocumentWordCount(
                        Locale.ENGLISH,
                        FourStateDocument.RU,
                        new WordTally(1, 2, 2),
                        Map.of(State.FINAL, new WordTally(1, 2, 2)),
                        Map.of("salutation", new WordTally(1, 2, 2), "dateline", WordTally.ZERO));
        DocumentWordCount sum = count.plus(salutationOnly);

        assertThat(sum.total()).isEqualTo(new WordTally(6, 39, 23));
        assertThat(sum.byState().get(State.FINAL)).isEqualTo(new WordTally(2, 8, 9));
        assertThat(List.copyOf(sum.byKind().keySet()))
                .startsWith("title", "body", "salutation")
                .hasSize(4);
        assertThat(sum.byKind().get("salutation")).isEqualTo(new WordTally(2, 4, 2));
    }

    @Test
    void refusesToAddAnotherLanguagePair() {
        var az =
                new DocumentWordCount(
                        Locale.ENGLISH,
                        Locale.forLanguageTag("az"),
                        WordTally.ZERO,
                        Map.of(),
                        Map.of());

        assertThatThrownBy(() -> count.plus(az))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot add a en-az word count to a en-ru one");
    }

    @Test
    void refusesFiguresThatDoNotAddUp() {
        assertThatThrownBy(
                        () ->
                                new DocumentWordCount(
                                        Locale.ENGLISH,
                                        FourStateDocument.RU,
                                        new WordTally(2, 5, 0),
                                        Map.of(State.NEW, new WordTally(1, 5, 0)),
                                        Map.of("body", new WordTally(2, 5, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("do not add up");
        assertThatThrownBy(() -> new WordTally(-1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
