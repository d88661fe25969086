package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingVariantsTest {
    private final SpellingVariants english = SpellingVariants.of("en");
    private final WordNormalizer normalizer = new WordNormalizer("en");

    @Test
    void everyRuleJoinsItsExamplePairAndLeavesItsListedWordsAlone() {
        assertThat(english.rules()).hasSizeGreaterThanOrEqualTo(6);
        for (SpellingVariants.Rule rule : english.rules()) {
            assertThat(normalizer.fold(rule.british()))
                    .as(rule.pattern().pattern())
                    .isEqualTo(normalizer.fold(rule.american()))
                    .isNotEqualTo(rule.british());
            for (String word : rule.leftAlone()) {
                assertThat(english.fold(word)).as(rule.pattern().pattern()).isEqualTo(word);
            }
        }
    }

    @Test
    void foldsInflectedFormsAndKeepsDistinctWordsApart() {
        assertThat(normalizer.fold("Organisations")).isEqualTo(normalizer.fold("organizations"));
        assertThat(normalizer.fold("honoured")).isEqualTo(normalizer.fold("honored"));
        assertThat(normalizer.fold("catalogues")).isEqualTo(normalizer.fold("catalogs"));
        assertThat(normalizer.fold("four")).isNotEqualTo(normalizer.fold("for"));
        assertThat(normalizer.fold("our")).isNotEqualTo(normalizer.fold("or"));
    }

    @Test
    void otherLanguagesHaveNoVariants() {
        assertThat(SpellingVariants.of("ru").fold("центре")).isEqualTo("центре");
        assertThat(new WordNormalizer("az").fold("Mərkəz")).isEqualTo("mərkəz");
    }
}
