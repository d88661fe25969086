package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TermStemsTest {
    private final TermStems russian = new TermStems(Locale.forLanguageTag("ru"));

    @Test
    void russianStemsAreFoundInEveryInflectedForm() {
        List<String> stems = russian.of("союзническое взаимодействие");
        assertThat(stems).containsExactly("союзническ", "взаимодейств");
        for (String form :
                List.of(
                        "союзническому взаимодействию",
                        "союзническим взаимодействием",
                        "Союзнического взаимодействия")) {
            String lower = form.toLowerCase(Locale.forLanguageTag("ru"));
            assertThat(stems).allMatch(lower::contains);
        }
    }

    @Test
    void oneLetterWordsAndPunctuationAreLeftOut() {
        assertThat(russian.of("Декларация о союзническом взаимодействии"))
                .containsExactly("декларац", "союзническ", "взаимодейств");
    }

    @Test
    void azerbaijaniStemsAreTheGlossaryStemmersAndFoundInEveryInflectedForm() {
        TermStems azerbaijani = new TermStems(Locale.forLanguageTag("az"));
        List<String> stems = azerbaijani.of("Azərbaycan Respublikasının iqtisadi əməkdaşlıq nitqi");
        assertThat(stems)
                .containsExactly("azərbaycan", "respublika", "iqtisadi", "əməkdaşlı", "nitq");
        for (String form :
                List.of(
                        "Azərbaycan Respublikası iqtisadi əməkdaşlığı nitqində",
                        "Azərbaycan Respublikasına iqtisadi əməkdaşlıqdan nitqlər")) {
            String lower = form.toLowerCase(Locale.forLanguageTag("az"));
            assertThat(stems).allMatch(lower::contains);
        }
    }

    @Test
    void withoutAStemmerTheWordLosesItsLastTwoLetters() {
        assertThat(new TermStems(Locale.forLanguageTag("tr")).of("Cumhurbaşkanlığı Sözcüsü"))
                .containsExactly("cumhurbaşkanlı", "sözcü");
    }
}
