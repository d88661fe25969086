package dev.attache.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.glossary.Glossary;
import dev.attache.glossary.GlossaryFiles;
import dev.attache.glossary.TermMatcher;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Term QA with the shipped glossary on the Russian MFA's house style and on the generic sense of
 * words: what a translator writes there is accepted, and a rendering counts for the source term it
 * renders: "Президент" inside "Президент США" renders the one "President" of "President Trump"
 * (mid.ru, Sochi 2019), but it is not one more "President" where the source has the word twice;
 * "Президентом России" is (the house style's form of the bare title).
 */
class HouseStyleTermQaTest {
    private static final Glossary GLOSSARY =
            new GlossaryFiles().load(Path.of("glossary/diplomatic-terms.tbx")).glossary();
    private static final TermMatcher ENGLISH = new TermMatcher(GLOSSARY, "en");
    private static final TermChecker RUSSIAN = new TermChecker(GLOSSARY, "en", "ru");

    /** Expected findings as "Type:concept", joined by "; "; none when empty. */
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
        Sergey Lavrov's opening remarks | вступительное слово С.В.Лаврова |
        Sergey Lavrov's opening remarks | вступительное слово Сергея Лаврова |
        from President of the Russian Federation Vladimir Putin | от Президента России Владимира Путина |
        with President Vladimir Putin and President Ilham Aliyev | с Президентом России Владимиром Путиным и Президентом Азербайджана Ильхамом Алиевым |
        our presidents agreed | наши президенты договорились |
        the contacts between our governments | контакты между нашими правительствами |
        the President said | Президент сказал |
        the President said | президент сказал | MissingTerm:c-president
        the CIS countries | страны СНГ |
        the Commonwealth of Independent States | Содружество Независимых Государств |
        we heard that President Trump publicly stated his interest in using the G20 Summit in Osaka for a bilateral meeting with President Putin. | мы слышали, что Президент США Д.Трамп публично заявил о заинтересованности использовать саммит «Группы двадцати» в Осаке для двусторонней встречи с Президентом В.В.Путиным. |
        In pursuant to the strategic line identified by the President and our national interests | В соответствии со стратегической линией, определённой Президентом, и нашими национальными интересами |
        the President met the President | Президент США встретился с Президентом России | TooFewOccurrences:c-president
        the President met the President | Президент встретился с Президентом России |
        the President met the President | Президент США встретился с Президентом США | MissingTerm:c-president
        """)
    void acceptsTheHouseStyleAndTheGenericSense(String source, String target, String expected) {
        String findings =
                RUSSIAN.check(ENGLISH.find(source), target).stream()
                        .map(f -> f.getClass().getSimpleName() + ":" + f.conceptId())
                        .collect(Collectors.joining("; "));

        assertThat(findings).isEqualTo(Objects.toString(expected, ""));
    }
}
