package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.TermHit;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped termbase: its coverage and sources, and the hints it gives on text it was not written
 * from.
 */
class ShippedGlossaryTest {
    private static final Glossary SHIPPED =
            new GlossaryFiles().load(TbxSchemaTest.SHIPPED).glossary();
    private static final TermMatcher ENGLISH = new TermMatcher(SHIPPED, "en");

    @Test
    void holdsAtLeast150SourcedConceptsInEnglishRussianAndAzerbaijani() {
        List<Concept> sourced =
                SHIPPED.concepts().stream()
                        .filter(c -> !c.source().isBlank())
                        .filter(
                                c ->
                                        List.of("en", "ru", "az").stream()
                                                .allMatch(lang -> c.preferred(lang).isPresent()))
                        .toList();

        assertThat(sourced).hasSizeGreaterThanOrEqualTo(150);
        assertThat(
                        SHIPPED.concepts().stream()
                                .filter(
                                        c ->
                                                c.source().isBlank()
                                                        && !c.subject().equals("persons")))
                .as("concepts that do not name their source")
                .isEmpty();
        assertThat(new GlossaryValidator().validate(SHIPPED)).isEmpty();
    }

    @Test
    void abbreviationsAreAdmittedTermsOfTheirOrganisation() {
        assertThat(ENGLISH.find("the UN, the CIS, the CSTO, the SCO and the OSCE"))
                .extracting(TermHit::conceptId)
                .containsExactly("c-united-nations", "c-cis", "c-csto", "c-sco", "c-osce");
        assertThat(SHIPPED.concept("c-cis").orElseThrow().withStatus("az", TermStatus.ADMITTED))
                .extracting(Term::text)
                .containsExactly("MDB");
    }

    @Test
    void aNameSetInQuotesIsFoundWithItsQuotes() {
        assertThat(new TermMatcher(SHIPPED, "az").find("“3+3” regional platformasının iclası"))
                .extracting(TermHit::conceptId)
                .containsExactly("c-platform-3-plus-3");
        assertThat(new TermMatcher(SHIPPED, "ru").find("заседание платформы «3+3» в Тегеране"))
                .extracting(TermHit::conceptId)
                .containsExactly("c-platform-3-plus-3", "c-tehran");
        assertThat(new TermMatcher(SHIPPED, "ru").find("по МТК «Север — Юг»"))
                .extracting(TermHit::conceptId)
                .containsExactly("c-north-south-corridor");
    }

    /**
     * Expected hints as "concept → rendering", joined by "; ". "Prime Minister" inside "Deputy
     * Prime Minister" is never offered; "OSCE" inside "OSCE Minsk Group" is, for its avoid-note (a
     * calque of the organisation's Russian name).
     */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
        ru | Deputy Prime Minister Alexei Overchuk | c-deputy-prime-minister → заместитель Председателя Правительства; c-alexei-overchuk → Алексей Оверчук
        az | Deputy Prime Minister Alexei Overchuk | c-deputy-prime-minister → baş nazirin müavini; c-alexei-overchuk → Aleksey Overçuk
        ru | the OSCE Minsk Group co-chairs | c-osce-minsk-group → Минская группа ОБСЕ; c-osce → Организация по безопасности и сотрудничеству в Европе; c-co-chair → сопредседатель
        ru | the United Nations Security Council | c-un-security-council → Совет Безопасности ООН
        ru | the North-South International Transport Corridor | c-north-south-corridor → международный транспортный коридор «Север — Юг»
        ru | a memorandum of understanding on the Caspian Sea | c-memorandum-of-understanding → меморандум о взаимопонимании; c-caspian-sea → Каспийское море
        az | a memorandum of understanding on the Caspian Sea | c-memorandum-of-understanding → anlaşma memorandumu; c-caspian-sea → Xəzər dənizi
        ru | Russian Prime Minister Mikhail Mishustin | c-chairman-government-russia → Председатель Правительства Российской Федерации; c-mikhail-mishustin → Михаил Мишустин
        """)
    void hintsOnTextOfTheSameKind(String lang, String source, String expected) {
        HintSelector selector = new HintSelector(SHIPPED, lang);
        String hints =
                selector.select(ENGLISH.find(source)).stream()
                        .map(
                                h ->
                                        h.conceptId()
                                                + " → "
                                                + SHIPPED.concept(h.conceptId())
                                                        .flatMap(c -> c.preferred(lang))
                                                        .map(Term::text)
                                                        .orElse("?"))
                        .collect(Collectors.joining("; "));
        assertThat(hints).isEqualTo(expected);
    }

    /**
     * A full name is rendered with a patronymic of its kind (the Russian "Heydarovich" or the
     * Azerbaijani "Heydar oglu"), and an abbreviation by the target abbreviation of as many parts;
     * "Mr"/"Mrs" and a name by the name without "господин" (the house style of issue 23), a title
     * and a surname by both, and the form of address "Mr President" as it is; a state named short
     * by a form that names it short, in full by the full form.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
        welcome Ilham Heydarovich Aliyev | Ilham Heydarovich Aliyev → Ильхам Гейдарович Алиев
        welcome Ilkham Heidarovich Aliyev | Ilkham Heidarovich Aliyev → Ильхам Гейдарович Алиев
        welcome Ilham Heydar oglu Aliyev | Ilham Heydar oglu Aliyev → Ильхам Гейдар оглы Алиев
        for ITAR-TASS, now TASS | ITAR-TASS → ИТАР-ТАСС; TASS → ТАСС
        after talks with Mr Bayramov | talks → переговоры; Mr Bayramov → Байрамов
        Mr. Lavrov said | Mr. Lavrov → Лавров
        met Mrs. Mehriban Aliyeva | Mrs. Mehriban Aliyeva → Мехрибан Алиева
        thanked Ms Zakharova | Ms Zakharova → Захарова
        Ambassador Yakovenko said | Ambassador → посол; Yakovenko → Яковенко
        Mr President, welcome | Mr President → господин Президент
        the Minister of Foreign Affairs of Azerbaijan said | Minister of Foreign Affairs of Azerbaijan → министр иностранных дел Азербайджана
        the Minister of Foreign Affairs of the Republic of Azerbaijan said | Minister of Foreign Affairs of the Republic of Azerbaijan → Министр иностранных дел Азербайджанской Республики; Republic of Azerbaijan → Азербайджанская Республика
        the Ministry of Foreign Affairs of Armenia | Ministry of Foreign Affairs of Armenia → Министерство иностранных дел Армении
        the Armenian Foreign Ministry | Armenian Foreign Ministry → МИД Армении
        """)
    void rendersAFullNameAndAnAbbreviationInKind(String source, String expected) {
        String hints =
                new HintSelector(SHIPPED, "ru")
                        .select(ENGLISH.find(source)).stream()
                                .map(
                                        h ->
                                                h.matchedText()
                                                        + " → "
                                                        + SHIPPED.concept(h.conceptId())
                                                                .flatMap(
                                                                        c ->
                                                                                c.rendering(
                                                                                        "en",
                                                                                        h
                                                                                                .matchedText(),
                                                                                        "ru"))
                                                                .map(Term::text)
                                                                .orElse("?"))
                                .collect(Collectors.joining("; "));
        assertThat(hints).isEqualTo(expected);
    }
}
