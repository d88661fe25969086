package dev.attache.qa.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The script check: Latin names and abbreviations in Russian pass, English left in a Russian target
 * does not.
 */
class ScriptCheckerTest {
    private static final ScriptChecker RU = ScriptChecker.of("ru").orElseThrow();
    private static final ScriptChecker AZ = ScriptChecker.of("az").orElseThrow();

    @Test
    void latinNamesAbbreviationsAndAddressesInRussianPass() {
        assertThat(RU.check("Саммит BRICS и заседание OSCE пройдут в Казани.")).isEmpty();
        assertThat(
                        RU.check(
                                "Стенограмма опубликована на сайте https://www.mid.ru/ru/foreign_policy/news."))
                .isEmpty();
    }

    @Test
    void aRussianTargetInEnglishIsAnError() {
        assertThat(RU.check("Regional security certainly remains a topical issue."))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.kind()).isEqualTo("wrong-script");
                            assertThat(f.message())
                                    .isEqualTo(
                                            "the target should be in Cyrillic letters (ru); 45 of its 45 letters"
                                                    + " are Latin");
                        });
    }

    @Test
    void oneCyrillicLetterInAnAzerbaijaniTargetIsAnError() {
        assertThat(AZ.check("Keçən il ticarət dövriyyəmiz artıb.")).isEmpty();
        assertThat(AZ.check("Keçən il ticarət dövriyyəмiz artıb."))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.message()).endsWith("1 of its 30 letters are Cyrillic"));
    }
}
