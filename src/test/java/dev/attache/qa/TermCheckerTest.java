package dev.attache.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Severity;
import dev.attache.glossary.Glossary;
import dev.attache.glossary.GlossaryFixture;
import dev.attache.glossary.TermMatcher;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermCheckerTest {
    private static final Glossary GLOSSARY = GlossaryFixture.glossary();
    private static final TermMatcher ENGLISH = new TermMatcher(GLOSSARY, "en");

    private static List<TermFinding> check(String source, String lang, String target) {
        return new TermChecker(GLOSSARY, "en", lang).check(ENGLISH.find(source), target);
    }

    /** Expected findings as "Type:concept", joined by "; "; none when empty. */
    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
        developing our allied interaction | ru | Союзническое взаимодействие развивается. |
        developing our allied interaction | ru | развитие нашего союзнического взаимодействия |
        developing our allied interaction | ru | благодаря союзническому взаимодействию |
        developing our allied interaction | ru | мы довольны союзническим взаимодействием |
        developing our allied interaction | ru | заботится о союзническом взаимодействии |
        developing our allied interaction | ru | развитие нашего союзного взаимодействия | MissingTerm:allied-interaction; DeprecatedTerm:allied-interaction
        developing our allied interaction | ru | развитие нашего сотрудничества | MissingTerm:allied-interaction
        our allied interaction and allied interaction in Baku | ru | наше союзническое взаимодействие в Баку и взаимодействие | TooFewOccurrences:allied-interaction
        our allied interaction and allied interaction | ru | союзническое взаимодействие и ещё раз союзническое взаимодействие |
        this is a good result | ru | союзное взаимодействие — хороший результат | DeprecatedTerm:allied-interaction
        with the Republic of Azerbaijan | ru | с Азербайджанской Республикой |
        in the Republic of Azerbaijan | ru | в Азербайджанской Республике |
        in the Republic of Azerbaijan | ru | в Азербайджане | MissingTerm:republic-of-azerbaijan
        the Declaration on Allied Interaction between the Russian Federation and the Republic of Azerbaijan | ru | Декларации о союзническом взаимодействии между Российской Федерацией и Азербайджанской Республикой |
        the Declaration on Allied Interaction between the Russian Federation and the Republic of Azerbaijan | ru | Декларации о союзном взаимодействии между Россией и Азербайджаном | MissingTerm:declaration-allied-interaction; DeprecatedTerm:allied-interaction
        several mega-projects | ru | несколько мегапроектов |
        with President Vladimir Putin and Ilham Aliyev | ru | с президентом Владимиром Путиным и Ильхамом Алиевым |
        with Ilham Aliyev | ru | с Гейдаром Алиевым | MissingTerm:ilham-aliyev
        developing our allied interaction | az | müttəfiqlik qarşılıqlı fəaliyyətimizin inkişafı |
        developing our allied interaction | az | müttəfiqlik qarşılıqlı fəaliyyətinin inkişafı |
        developing our allied interaction | az | qarşılıqlı müttəfiqlik fəaliyyətinin inkişafı | MissingTerm:allied-interaction
        the President of the Republic of Azerbaijan | az | Azərbaycan Respublikasının Prezidenti |
        the Republic of Azerbaijan | az | Azərbaycan Respublikasının |
        in the Republic of Azerbaijan | az | Azərbaycan Respublikasında |
        to the Republic of Azerbaijan | az | Azərbaycan Respublikasına |
        several mega-projects | az | bir neçə meqalayihələr |
        in these mega-projects | az | bu meqalayihələrdə |
        several mega-projects | az | bir neçə layihə | MissingTerm:mega-project
        the level of bilateral relations | az | ikitərəfli münasibətlərin səviyyəsi |
        the Ministry of Foreign Affairs of the Republic of Azerbaijan | az | Azərbaycan Respublikasının Xarici İşlər Nazirliyində |
        the Ministry of Foreign Affairs of the Republic of Azerbaijan | az | Azərbaycan Respublikasının xarici işlər naziri | MissingTerm:mfa-azerbaijan
        Foreign Minister Sergey Lavrov's opening remarks | ru | Вступительное слово Министра иностранных дел Российской Федерации Сергея Лаврова |
        Foreign Minister Sergey Lavrov | ru | Министр иностранных дел России Сергей Лавров |
        Foreign Minister Sergey Lavrov | az | Rusiya Federasiyasının xarici işlər naziri Sergey Lavrov |
        the Declaration on Allied Interaction and allied interaction | ru | Декларация о союзническом взаимодействии и сотрудничество | MissingTerm:allied-interaction
        we marked the 30th anniversary of diplomatic relations | ru | мы отметили 30-летие установления дипломатических отношений |
        we marked the 30th anniversary of diplomatic relations | ru | к 30‑летию установления дипломатических отношений |
        we marked the 30th anniversary of diplomatic relations | ru | мы отметили годовщину установления дипломатических отношений |
        we marked the 30th anniversary of diplomatic relations | ru | мы отметили 30-летие установления консульских отношений | MissingTerm:anniversary-diplomatic-relations
        we marked the 30th anniversary of diplomatic relations | ru | мы отметили тридцатилетие дипломатических отношений | MissingTerm:anniversary-diplomatic-relations
        we marked the 30th anniversary of diplomatic relations | az | diplomatik münasibətlərin qurulmasının 30 illiyini qeyd etdik |
        the 100th birth anniversary of Heydar Aliyev | ru | 100-летие со дня рождения Гейдара Алиева |
        the 100th birth anniversary of Heydar Aliyev | ru | 100 лет со дня рождения Гейдара Алиева |
        the 100th birth anniversary of Heydar Aliyev | ru | к 100-летию со дня рождения Гейдара Алиева |
        the 100th birth anniversary of Heydar Aliyev | ru | годовщина со дня рождения Гейдара Алиева |
        the 100th birth anniversary of Heydar Aliyev | ru | 100-летие Гейдара Алиева | MissingTerm:birth-anniversary
        the 100th birth anniversary of Heydar Aliyev | az | Heydər Əliyevin anadan olmasının 100 illiyi |
        with Jeyhun Bayramov | ru | с Джейхуном Байрамовым |
        to Jeyhun Bayramov | ru | Джейхуну Байрамову |
        Heydar Aliyev | ru | память Гейдара Алиева |
        Sergey Lavrov | ru | Сергею Лаврову |
        Vladimir Putin | ru | о Владимире Путине |
        Ilham Aliyev | ru | с Ильхамом Алиевым |
        with Ilham Aliyev | az | İlham Əliyevlə |
        with Jeyhun Bayramov | az | Ceyhun Bayramovla |
        Heydar Aliyev | az | Heydər Əliyevin |
        """)
    void checksTermsInTargets(String source, String lang, String target, String expected) {
        String actual =
                check(source, lang, target).stream()
                        .map(f -> f.getClass().getSimpleName() + ":" + f.conceptId())
                        .collect(Collectors.joining("; "));
        assertThat(actual).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void aMissingTermNamesTheSourceTermAndItsRenderings() {
        List<TermFinding> findings =
                check("Foreign Minister Sergey Lavrov", "ru", "министр иностранных дел Лавров");
        assertThat(findings)
                .containsExactly(
                        new MissingTerm(
                                "sergey-lavrov",
                                "Sergey Lavrov",
                                new ExpectedRendering("Сергей Лавров", List.of()),
                                List.of()));
        assertThat(findings.get(0).message())
                .isEqualTo(
                        "term \"Sergey Lavrov\" should be rendered as \"Сергей Лавров\", which is not in the target");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aMissingTermNamesTheFormsFoundInstead() {
        List<TermFinding> findings =
                check(
                        "President of the Republic of Azerbaijan Ilham Aliyev",
                        "ru",
                        "Президентом Республики Азербайджан Ильхамом Алиевым");
        assertThat(findings.get(0).message())
                .isEqualTo(
                        "term \"President of the Republic of Azerbaijan\" should be "
                                + "rendered as \"Президент Азербайджанской Республики\"; found instead: \"Республики Азербайджан\"");
        assertThat(
                        check(
                                        "My colleague, Foreign Minister of Azerbaijan",
                                        "ru",
                                        "Мой коллега, министр иностранных дел Армении")
                                .get(0)
                                .message())
                .endsWith("found instead: \"министр иностранных дел\", \"Армении\"");
    }

    @Test
    void aDeprecatedTermNamesTheFormFoundAndThePreferredTerm() {
        TermFinding finding = check("allied interaction", "ru", "союзным взаимодействием").get(1);
        assertThat(finding.message())
                .isEqualTo(
                        "\"союзным взаимодействием\" is a form of the deprecated term "
                                + "\"союзное взаимодействие\": use \"союзническое взаимодействие\"");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void tooFewOccurrencesIsAWarningWithBothCounts() {
        List<TermFinding> findings =
                check("mega-projects, mega projects and megaprojects", "ru", "мегапроекты");
        assertThat(findings)
                .containsExactly(
                        new TooFewOccurrences(
                                "mega-project",
                                "mega-projects",
                                new ExpectedRendering("мегапроект", List.of()),
                                3,
                                List.of("мегапроекты")));
        assertThat(findings.get(0).message())
                .isEqualTo(
                        "term \"mega-projects\" occurs 3 times in the source but "
                                + "\"мегапроект\" only once in the target: \"мегапроекты\"");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void admittedRenderingsAreNamedAndAccepted() {
        assertThat(
                        ExpectedRendering.of(GLOSSARY.concept("european-union").orElseThrow(), "ru")
                                .orElseThrow()
                                .quoted())
                .isEqualTo("\"Европейский союз\" (or \"ЕС\")");
        assertThat(check("the EU position", "ru", "позиция ЕС")).isEmpty();
    }
}
