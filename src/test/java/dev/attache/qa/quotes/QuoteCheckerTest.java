package dev.attache.qa.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.qa.finding.QaFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quotes check on marks as Russian and Azerbaijani texts use them, and on the errors it is for.
 */
class QuoteCheckerTest {
    private static final QuoteChecker CHECKER = QuoteChecker.of("ru").orElseThrow();

    @Test
    void pairedMarksOfTheLanguageAreClean() {
        assertThat(CHECKER.check("Он назвал это «делом „особой“ важности» (см. [1]).")).isEmpty();
        assertThat(
                        QuoteChecker.of("az")
                                .orElseThrow()
                                .check("«Azərbaycan – Rusiya» forumu (Bakı)."))
                .isEmpty();
    }

    @Test
    void anUnclosedGuillemetIsAnErrorAtTheMark() {
        List<QuoteFinding> findings = CHECKER.check("Это подчёркивает «народную дипломатию.");

        assertThat(findings)
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.kind()).isEqualTo("unclosed");
                            assertThat(f.start()).isEqualTo(17);
                            assertThat(f.message())
                                    .isEqualTo(
                                            "the target should close « at 17 with »; it does not");
                        });
    }

    @Test
    void aClosingMarkWithNothingOpenAndAnUnclosedBracketAreErrors() {
        assertThat(CHECKER.check("Это важно» (для всех.").stream().map(QaFinding::kind))
                .containsExactly("unopened", "unclosed");
    }

    @Test
    void straightAndEnglishQuotesAreOneWarning() {
        assertThat(CHECKER.check("Мы называем это \"диалогом\" и “партнёрством”."))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.kind()).isEqualTo("quote-style");
                            assertThat(f.start()).isEqualTo(16);
                            assertThat(f.message())
                                    .endsWith(
                                            "it has 4 straight or English quote marks, the first \" at 16");
                        });
    }

    @Test
    void onlyRussianAndAzerbaijaniTargetsAreChecked() {
        assertThat(QuoteChecker.of("de")).isEmpty();
    }
}
