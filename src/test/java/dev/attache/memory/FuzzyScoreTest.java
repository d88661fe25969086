package dev.attache.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fuzzy score as the README defines it, on sentences worked out by hand. */
class FuzzyScoreTest {
    private static final String SENTENCE =
            "He personally devotes close attention to developing our allied interaction.";

    @Test
    void oneWordInTenReplacedLosesItsShare() {
        // 10 words, 1 replaced: 100 × 9 / 10
        assertThat(
                        new FuzzyScore(SENTENCE)
                                .against(
                                        "He personally devotes great attention to developing our"
                                                + " allied interaction."))
                .isEqualTo(90);
    }

    @Test
    void aChangedNumberCostsItsWordAndAPoint() {
        // 10 words, 1 replaced: 90, less 1 for the number 2023 the entry lacks
        assertThat(
                        new FuzzyScore(
                                        "In 2023, we marked the 30th anniversary of diplomatic"
                                                + " relations.")
                                .against(
                                        "In 2022, we marked the 30th anniversary of diplomatic"
                                                + " relations."))
                .isEqualTo(89);
    }

    @Test
    void caseTagsAndMarksCostAPointEach() {
        // the same words: 100, less 1 for "he" in another case, 2 for the tags, 1 for the comma,
        // and capped at 99 in any case
        assertThat(
                        new FuzzyScore("{1}He{/1} personally devotes close attention, to it.")
                                .against("he personally devotes close attention to it."))
                .isEqualTo(96);
        assertThat(new FuzzyScore("Mr Aliyev.").against("Mr Aliyev!"))
                .isEqualTo(98); // "." and "!" unshared
        assertThat(new FuzzyScore("Mr Aliyev.").against("Mr  Aliyev .")).isEqualTo(99);
    }

    @Test
    void aLongerEntryCountsItsExtraWords() {
        // 4 and 6 words: distance 2 over 6
        assertThat(
                        new FuzzyScore("We discussed Karabakh today.")
                                .against("We discussed Karabakh and Armenia today."))
                .isEqualTo(66);
    }
}
