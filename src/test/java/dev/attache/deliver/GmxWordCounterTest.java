package dev.attache.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences of the shipped transcript (and renderings of them), counted by hand by the GMX-V rules
 * as Okapi applies them: a hyphenated word, a possessive and a number with a suffix are one word
 * each; a number and a time are one word; punctuation counts nothing.
 */
class GmxWordCounterTest {
    private final GmxWordCounter counter = new GmxWordCounter();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # p1.s1: Foreign Minister Sergey Lavrov's(4: possessive, one word) opening remarks at a meeting with
            # President of the Republic of Azerbaijan(16) Ilham Aliyev, Baku, February 27, 2023(22: two numbers)
            en | Foreign Minister Sergey Lavrov's opening remarks at a meeting with President of the Republic of Azerbaijan Ilham Aliyev, Baku, February 27, 2023 | 22
            # p2.s1: 27 | February | 2023 | 20:59 (a time, one word)
            en | 27 February 2023 20:59 | 4
            # p7.s1: Certainly bilateral trade is a highlight of our economic cooperation(10) and has hit an all-time(15) high
            en | Certainly, bilateral trade is a highlight of our economic cooperation and has hit an all-time high. | 16
            # p7.s2: In your discussions with President Vladimir Putin(7) you noted that several mega-projects(12) were
            # underway and that these projects would have(20) bilateral regional and even global significance(26)
            en | In your discussions with President Vladimir Putin, you noted that several mega-projects were underway, and that these projects would have bilateral, regional and even global significance. | 26
            # p8.s3: In 2022(2) we marked the 30th(6: number and suffix, one word) anniversary of diplomatic relations(10)
            en | In 2022, we marked the 30th anniversary of diplomatic relations. | 10
            # p6.s4: This includes your regular contacts with President Vladimir Putin(9) and contacts between our
            # countries'(14: trailing apostrophe, one word) prime ministers and ministers(18)
            en | This includes your regular contacts with President Vladimir Putin, and contacts between our countries' prime ministers and ministers. | 18
            # Он лично уделяет пристальное внимание(5) развитию нашего союзнического взаимодействия(9)
            ru | Он лично уделяет пристальное внимание развитию нашего союзнического взаимодействия. | 9
            # премьер-министры(1) и министры(3): a Cyrillic hyphenated word is one word too
            ru | премьер-министры и министры | 3
            # Azərbaycan Respublikasının Prezidenti İlham Əliyev(5), Bakı(6), 27 fevral 2023(9)
            az | Azərbaycan Respublikasının Prezidenti İlham Əliyev, Bakı, 27 fevral 2023 | 9
            """)
    void countsLikeAHand(String language, String text, long words) {
        assertThat(counter.count(text, Locale.forLanguageTag(language))).isEqualTo(words);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # Okapi tags these as something else than words, and GMX-V counts only words, numbers and times
            NATO          | 0
            U.S.          | 0
            12/25/2023    | 0
            $100          | 0
            — | 0
            # an odd number of capitals is a word, a Cyrillic acronym too
            USA           | 1
            ООН           | 1
            1,000         | 1
            O'Brien       | 1
            Lavrov’s      | 1
            359-27-02-2023 | 1
            ''            | 0
            '   '         | 0
            """)
    void okapiEdgeCases(String text, long words) {
        assertThat(counter.count(text == null ? "" : text, Locale.ENGLISH)).isEqualTo(words);
    }
}
