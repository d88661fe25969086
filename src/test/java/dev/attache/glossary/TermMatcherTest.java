package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.TermHit;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermMatcherTest {
    private static final Glossary GLOSSARY = GlossaryFixture.glossary();
    private static final Map<String, TermMatcher> MATCHERS =
            Map.of(
                    "en", new TermMatcher(GLOSSARY, "en"),
                    "ru", new TermMatcher(GLOSSARY, "ru"),
                    "az", new TermMatcher(GLOSSARY, "az"));

    /** Expected hits as "concept=matched text", by start then longest first, joined by "; ". */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            emptyValue = "",
            textBlock =
                    """
        en | developing our allied interaction. | allied-interaction=allied interaction
        en | Allied Interaction | allied-interaction=Allied Interaction
        en | ALLIED INTERACTION | allied-interaction=ALLIED INTERACTION
        en | forms of allied interactions | allied-interaction=allied interactions
        en | allied interaction and allied interaction | allied-interaction=allied interaction; allied-interaction=allied interaction
        en | our allied partners |
        en | allied forces and interaction |
        en | they are allied, interaction follows |
        en | the Declaration on Allied Interaction between the Russian Federation and the Republic of Azerbaijan, signed | declaration-allied-interaction=Declaration on Allied Interaction between the Russian Federation and the Republic of Azerbaijan; allied-interaction=Allied Interaction; russian-federation=Russian Federation; republic-of-azerbaijan=Republic of Azerbaijan; azerbaijan=Azerbaijan
        en | the anniversary of the Declaration on Allied Interaction, as well | declaration-allied-interaction=Declaration on Allied Interaction; allied-interaction=Allied Interaction
        en | several mega-projects were underway | mega-project=mega-projects
        en | several mega projects | mega-project=mega projects
        en | several megaprojects | mega-project=megaprojects
        en | a Mega-Project | mega-project=Mega-Project
        en | the mega‑projects (non-breaking hyphen) | mega-project=mega‑projects
        en | a megaprojection |
        en | joint projects | joint-project=joint projects
        en | a joint projection |
        en | Russia's position | russia=Russia's
        en | Russia’s position | russia=Russia’s
        en | Russian citizens |
        en | supporting the Russian language | russian-language=Russian language
        en | the right to speak Russian |
        en | the involvement of Russia and Azerbaijan | russia=Russia; azerbaijan=Azerbaijan
        en | Azerbaijani citizens |
        en | Baku, February 27, 2023 | baku=Baku
        en | a Bakuvian tradition |
        en | the EU's position | european-union=EU's
        en | the European Union | european-union=European Union
        en | prices in EUR |
        en | eu citizens |
        en | the current level of bilateral relations | bilateral-relations=bilateral relations
        en | a bilateral relation | bilateral-relations=bilateral relation
        en | the bilateral relationship |
        en | bilateral related issues |
        en | President of the Russian Federation Vladimir Putin | president-russia=President of the Russian Federation; russian-federation=Russian Federation; vladimir-putin=Vladimir Putin
        en | President of the Republic of Azerbaijan Ilham Aliyev | president-azerbaijan=President of the Republic of Azerbaijan; republic-of-azerbaijan=Republic of Azerbaijan; azerbaijan=Azerbaijan; ilham-aliyev=Ilham Aliyev
        en | İlham Aliyev | ilham-aliyev=İlham Aliyev
        en | Foreign Minister Sergey Lavrov's opening remarks | foreign-minister=Foreign Minister; sergey-lavrov=Sergey Lavrov's
        en | Sergei Lavrov | sergey-lavrov=Sergei Lavrov
        en | Minister of Foreign Affairs Jeyhun Bayramov | foreign-minister=Minister of Foreign Affairs; jeyhun-bayramov=Jeyhun Bayramov
        en | the Ministry of Foreign Affairs of the Republic of Azerbaijan | mfa-azerbaijan=Ministry of Foreign Affairs of the Republic of Azerbaijan; republic-of-azerbaijan=Republic of Azerbaijan; azerbaijan=Azerbaijan
        en | the Russian MFA said | mfa-russia=Russian MFA
        en | our countries' prime ministers | prime-minister=prime ministers
        en | St. Petersburg | st-petersburg=St. Petersburg
        en | via videoconferences | videoconference=videoconferences
        en | via video conference |
        en | regional and global security |
        en | a peace settlement between Azerbaijan and Armenia | peace-settlement=peace settlement; azerbaijan=Azerbaijan; armenia=Armenia
        en | mutual respect and mutual benefit | mutual-respect=mutual respect; mutual-benefit=mutual benefit
        en | mutually beneficial |
        en | a Muscovite in Moscow | moscow=Moscow
        en | "allied\u00A0interaction" | allied-interaction=allied\u00A0interaction
        ru | союзническое взаимодействие | allied-interaction=союзническое взаимодействие
        ru | развитие союзнического взаимодействия | allied-interaction=союзнического взаимодействия
        ru | благодаря союзническому взаимодействию | allied-interaction=союзническому взаимодействию
        ru | довольны союзническим взаимодействием | allied-interaction=союзническим взаимодействием
        ru | о союзническом взаимодействии | allied-interaction=союзническом взаимодействии
        ru | союзное взаимодействие | allied-interaction=союзное взаимодействие
        ru | союзники и взаимодействие |
        ru | Российской Федерацией | russian-federation=Российской Федерацией
        ru | в России и в Азербайджане | russia=России; azerbaijan=Азербайджане
        ru | российские граждане |
        ru | с Ильхамом Алиевым | ilham-aliyev=Ильхамом Алиевым
        ru | Ильхам Алиев | ilham-aliyev=Ильхам Алиев
        ru | слово Сергея Лаврова | sergey-lavrov=Сергея Лаврова
        ru | с Сергеем Лавровым | sergey-lavrov=Сергеем Лавровым
        ru | визит Ильхама Алиева | ilham-aliyev=Ильхама Алиева
        ru | 100-летие Гейдара Алиева | heydar-aliyev=Гейдара Алиева
        ru | несколько мегапроектов | mega-project=мегапроектов
        ru | Министерство иностранных дел Азербайджанской Республики | mfa-azerbaijan=Министерство иностранных дел Азербайджанской Республики; republic-of-azerbaijan=Азербайджанской Республики
        ru | встреча министров иностранных дел | foreign-minister=министров иностранных дел
        ru | заявление МИД России | mfa-russia=МИД России; russia=России
        ru | премьер-министры наших стран | prime-minister=премьер-министры
        ru | в Баку | baku=Баку
        ru | двусторонних отношений | bilateral-relations=двусторонних отношений
        ru | двусторонние связи |
        ru | ДОСТИГНУТЫЕ ДОГОВОРЕННОСТИ | arrangements=ДОСТИГНУТЫЕ ДОГОВОРЕННОСТИ
        ru | достигнутых договорённостей | arrangements=достигнутых договорённостей
        az | müttəfiqlik qarşılıqlı fəaliyyəti | allied-interaction=müttəfiqlik qarşılıqlı fəaliyyəti
        az | müttəfiqlik qarşılıqlı fəaliyyətinin inkişafı | allied-interaction=müttəfiqlik qarşılıqlı fəaliyyətinin
        az | müttəfiqlik qarşılıqlı fəaliyyətində | allied-interaction=müttəfiqlik qarşılıqlı fəaliyyətində
        az | qarşılıqlı müttəfiqlik fəaliyyəti |
        az | Azərbaycan Respublikasının Prezidenti | president-azerbaijan=Azərbaycan Respublikasının Prezidenti; republic-of-azerbaijan=Azərbaycan Respublikasının; azerbaijan=Azərbaycan
        az | Azərbaycan Respublikasına | republic-of-azerbaijan=Azərbaycan Respublikasına; azerbaijan=Azərbaycan
        az | AZƏRBAYCAN RESPUBLİKASI | republic-of-azerbaijan=AZƏRBAYCAN RESPUBLİKASI; azerbaijan=AZƏRBAYCAN
        az | Azərbaycan Respublikasının Xarici İşlər Nazirliyinə | mfa-azerbaijan=Azərbaycan Respublikasının Xarici İşlər Nazirliyinə; republic-of-azerbaijan=Azərbaycan Respublikasının; azerbaijan=Azərbaycan
        az | xarici işlər nazirinin | foreign-minister=xarici işlər nazirinin
        az | Xarici İşlər Nazirliyi |
        az | bir neçə meqalayihələr | mega-project=meqalayihələr
        az | meqalayihəsi | mega-project=meqalayihəsi
        az | ikitərəfli münasibətləri | bilateral-relations=ikitərəfli münasibətləri
        az | İlham Əliyevin | ilham-aliyev=İlham Əliyevin
        az | İLHAM ƏLİYEV | ilham-aliyev=İLHAM ƏLİYEV
        az | Bakıda və Moskvada | baku=Bakıda; moscow=Moskvada
        az | Rusiyanın | russia=Rusiyanın
        az | rus dili | russian-language=rus dili
        """)
    void findsTerms(String lang, String text, String expected) {
        String unescaped = text.replace("\\u00A0", "\u00A0");
        List<TermHit> hits = MATCHERS.get(lang).find(unescaped);
        assertThat(hits)
                .allSatisfy(
                        h ->
                                assertThat(unescaped.substring(h.start(), h.end()))
                                        .isEqualTo(h.matchedText()));
        assertThat(
                        hits.stream()
                                .map(h -> h.conceptId() + "=" + h.matchedText())
                                .collect(Collectors.joining("; ")))
                .isEqualTo(expected == null ? "" : expected.replace("\\u00A0", "\u00A0"));
    }

    @Test
    void offsetsAreThoseOfTheOriginalTextDespiteTurkicDottedCapitals() {
        String text = "İİİ XARİCİ İŞLƏR: Azərbaycan Respublikasının Xarici İşlər Nazirliyi";
        List<TermHit> hits = MATCHERS.get("az").find(text);
        int start = text.indexOf("Azərbaycan");
        assertThat(hits.get(0))
                .isEqualTo(
                        new TermHit("mfa-azerbaijan", start, text.length(), text.substring(start)));
    }

    @Test
    void decomposedTextMatchesAndKeepsItsOwnOffsets() {
        String text =
                Normalizer.normalize(
                        "Biz Azərbaycan Respublikasının Xarici İşlər Nazirliyi ilə",
                        Normalizer.Form.NFD);
        TermHit hit = MATCHERS.get("az").find(text).get(0);
        assertThat(hit.conceptId()).isEqualTo("mfa-azerbaijan");
        assertThat(hit.start()).isEqualTo(4);
        assertThat(hit.matchedText())
                .endsWith("Nazirliyi")
                .isEqualTo(text.substring(hit.start(), hit.end()));
    }

    @Test
    void findsEveryOccurrenceWithOffsets() {
        String text = "Mega-projects. Megaprojects, mega projects.";
        assertThat(MATCHERS.get("en").find(text))
                .containsExactly(
                        new TermHit("mega-project", 0, 13, "Mega-projects"),
                        new TermHit("mega-project", 15, 27, "Megaprojects"),
                        new TermHit("mega-project", 29, 42, "mega projects"));
    }

    @Test
    void tellsWhichTermWasFound() {
        List<TermMatch> matches =
                MATCHERS.get("ru").matches("союзное взаимодействие и союзническое взаимодействие");
        assertThat(matches)
                .extracting(m -> m.term().status())
                .containsExactly(TermStatus.DEPRECATED, TermStatus.PREFERRED);
    }

    @Test
    void anEmptyGlossaryFindsNothing() {
        assertThat(new TermMatcher(Glossary.empty(), "en").find("allied interaction")).isEmpty();
    }
}
