package dev.attache.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.glossary.Glossary;
import dev.attache.glossary.GlossaryFixture;
import dev.attache.glossary.TermMatcher;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlossaryCoverageTest {
    private static final Glossary GLOSSARY = GlossaryFixture.glossary();
    private static final TermMatcher ENGLISH = new TermMatcher(GLOSSARY, "en");

    private static ConceptCoverage only(GlossaryCoverage coverage, String conceptId) {
        return coverage.concepts().stream()
                .filter(c -> c.conceptId().equals(conceptId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void countsSourceSegmentsTranslationsAndTheTermsUsedInTheTargets() {
        GlossaryCoverage coverage = new GlossaryCoverage(GLOSSARY, "en", "ru");
        coverage.add(
                ENGLISH.find("developing our allied interaction"),
                "развитие нашего союзнического взаимодействия");
        coverage.add(
                ENGLISH.find("our allied interaction and allied interaction"),
                "наше союзное взаимодействие");
        coverage.add(ENGLISH.find("allied interaction, still to translate"), "");

        ConceptCoverage allied = only(coverage, "allied-interaction");
        assertThat(allied.sourceTerm()).isEqualTo("allied interaction");
        assertThat(
                        List.of(
                                allied.sourceSegments(),
                                allied.translatedSegments(),
                                allied.renderedSegments(),
                                allied.unrenderedSegments()))
                .containsExactly(3, 2, 1, 1);
        assertThat(allied.renderings()).isEqualTo(Map.of("союзническое взаимодействие", 1));
        assertThat(allied.deprecated()).isEqualTo(Map.of("союзное взаимодействие", 1));
    }

    @Test
    void aDeprecatedTermWithoutItsConceptInTheSourceStillSlippedIn() {
        GlossaryCoverage coverage = new GlossaryCoverage(GLOSSARY, "en", "ru");
        coverage.add(
                ENGLISH.find("this is a good result"),
                "союзное взаимодействие — хороший результат");

        assertThat(coverage.concepts())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.conceptId()).isEqualTo("allied-interaction");
                            assertThat(c.sourceTerm()).isEqualTo("allied interaction");
                            assertThat(
                                            List.of(
                                                    c.sourceSegments(),
                                                    c.translatedSegments(),
                                                    c.renderedSegments()))
                                    .containsExactly(0, 0, 0);
                            assertThat(c.deprecated())
                                    .isEqualTo(Map.of("союзное взаимодействие", 1));
                        });
    }

    @Test
    void conceptsComeInTheOrderFirstMet() {
        GlossaryCoverage coverage = new GlossaryCoverage(GLOSSARY, "en", "ru");
        coverage.add(ENGLISH.find("several mega-projects"), "");
        coverage.add(ENGLISH.find("in the Republic of Azerbaijan"), "в Азербайджанской Республике");

        assertThat(coverage.concepts())
                .extracting(ConceptCoverage::conceptId)
                .containsExactly("mega-project", "republic-of-azerbaijan");
    }

    @Test
    void inconsistentFiguresAreRefused() {
        assertThatThrownBy(() -> new ConceptCoverage("c", "term", 1, 2, 0, Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 source segments, 2 translated");
    }
}
