package dev.attache.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic en/ru/az glossary for tests, built inline from /work/shared/glossary-facts.md. In a
 * cell, terms are separated by "|"; a term is preferred when first, admitted after it, deprecated
 * with a leading "!".
 */
public final class GlossaryFixture {
    private static final String[][] ROWS = {
        // id, en, ru, az
        {
            "allied-interaction",
            "allied interaction",
            "союзническое взаимодействие|!союзное взаимодействие",
            "müttəfiqlik qarşılıqlı fəaliyyəti"
        },
        {
            "declaration-allied-interaction",
            "Declaration on Allied Interaction between the Russian Federation and the Republic of Azerbaijan"
                    + "|Declaration on Allied Interaction",
            "Декларация о союзническом взаимодействии между Российской Федерацией и Азербайджанской Республикой"
                    + "|Декларация о союзническом взаимодействии",
            "Azərbaycan Respublikası ilə Rusiya Federasiyası arasında müttəfiqlik qarşılıqlı fəaliyyəti haqqında Bəyannamə"
                    + "|müttəfiqlik qarşılıqlı fəaliyyəti haqqında Bəyannamə"
        },
        {"mega-project", "mega-project|mega project|megaproject", "мегапроект", "meqalayihə"},
        {"joint-project", "joint project", "совместный проект", "birgə layihə"},
        {"russian-federation", "Russian Federation", "Российская Федерация", "Rusiya Federasiyası"},
        {
            "republic-of-azerbaijan",
            "Republic of Azerbaijan",
            "Азербайджанская Республика|!Республика Азербайджан",
            "Azərbaycan Respublikası"
        },
        {"russia", "Russia", "Россия", "Rusiya"},
        {"azerbaijan", "Azerbaijan", "Азербайджан", "Azərbaycan"},
        {"armenia", "Armenia", "Армения", "Ermənistan"},
        {
            "mfa-russia",
            "Ministry of Foreign Affairs of the Russian Federation|Russian Foreign Ministry|Russian MFA",
            "Министерство иностранных дел Российской Федерации|МИД России",
            "Rusiya Federasiyasının Xarici İşlər Nazirliyi"
        },
        {
            "mfa-azerbaijan",
            "Ministry of Foreign Affairs of the Republic of Azerbaijan|Azerbaijani Foreign Ministry",
            "Министерство иностранных дел Азербайджанской Республики",
            "Azərbaycan Respublikasının Xarici İşlər Nazirliyi"
        },
        {
            "president-russia",
            "President of the Russian Federation",
            "Президент Российской Федерации",
            "Rusiya Federasiyasının Prezidenti"
        },
        {
            "president-azerbaijan",
            "President of the Republic of Azerbaijan",
            "Президент Азербайджанской Республики",
            "Azərbaycan Respublikasının Prezidenti"
        },
        {
            "foreign-minister",
            "Foreign Minister|Minister of Foreign Affairs",
            "министр иностранных дел",
            "xarici işlər naziri"
        },
        {
            "foreign-minister-russia",
            "Minister of Foreign Affairs of the Russian Federation|Russian Foreign Minister",
            "Министр иностранных дел Российской Федерации|министр иностранных дел России",
            "Rusiya Federasiyasının xarici işlər naziri"
        },
        {
            "foreign-minister-azerbaijan",
            "Minister of Foreign Affairs of the Republic of Azerbaijan|Foreign Minister of Azerbaijan",
            "Министр иностранных дел Азербайджанской Республики|министр иностранных дел Азербайджана",
            "Azərbaycan Respublikasının xarici işlər naziri|Azərbaycanın xarici işlər naziri"
        },
        {
            "anniversary-diplomatic-relations",
            "anniversary of diplomatic relations",
            "годовщина установления дипломатических отношений|{N}-летие установления дипломатических отношений",
            "diplomatik münasibətlərin qurulmasının ildönümü|diplomatik münasibətlərin qurulmasının {N} illiyi"
        },
        {
            "birth-anniversary",
            "birth anniversary",
            "годовщина со дня рождения|{N}-летие со дня рождения|{N} лет со дня рождения",
            "anadan olmasının ildönümü|anadan olmasının {N} illiyi"
        },
        {"prime-minister", "prime minister", "премьер-министр", "baş nazir"},
        {"vladimir-putin", "Vladimir Putin", "Владимир Путин", "Vladimir Putin"},
        {"ilham-aliyev", "Ilham Aliyev", "Ильхам Алиев", "İlham Əliyev"},
        {"heydar-aliyev", "Heydar Aliyev", "Гейдар Алиев", "Heydər Əliyev"},
        {"sergey-lavrov", "Sergey Lavrov|Sergei Lavrov", "Сергей Лавров", "Sergey Lavrov"},
        {
            "jeyhun-bayramov",
            "Jeyhun Bayramov|Ceyhun Bayramov",
            "Джейхун Байрамов",
            "Ceyhun Bayramov"
        },
        {"baku", "Baku", "Баку", "Bakı"},
        {"moscow", "Moscow", "Москва", "Moskva"},
        {"european-union", "European Union|EU", "Европейский союз|ЕС", "Avropa İttifaqı|Aİ"},
        {
            "bilateral-relations",
            "bilateral relations",
            "двусторонние отношения",
            "ikitərəfli münasibətlər"
        },
        {
            "multilateral-relations",
            "multilateral relations",
            "многосторонние отношения",
            "çoxtərəfli münasibətlər"
        },
        {
            "diplomatic-relations",
            "diplomatic relations",
            "дипломатические отношения",
            "diplomatik münasibətlər"
        },
        {"bilateral-trade", "bilateral trade", "двусторонняя торговля", "ikitərəfli ticarət"},
        {
            "regional-security",
            "regional security",
            "региональная безопасность",
            "regional təhlükəsizlik"
        },
        {"peace-settlement", "peace settlement", "мирное урегулирование", "sülh nizamlanması"},
        {"mutual-respect", "mutual respect", "взаимное уважение", "qarşılıqlı hörmət"},
        {"mutual-benefit", "mutual benefit", "взаимная выгода", "qarşılıqlı fayda"},
        {
            "practical-cooperation",
            "practical cooperation",
            "практическое сотрудничество",
            "praktiki əməkdaşlıq"
        },
        {
            "economic-cooperation",
            "economic cooperation",
            "экономическое сотрудничество",
            "iqtisadi əməkdaşlıq"
        },
        {"cultural-ties", "cultural ties", "культурные связи", "mədəni əlaqələr"},
        {"videoconference", "videoconference", "видеоконференция", "videokonfrans"},
        {"russian-language", "Russian language", "русский язык", "rus dili"},
        {
            "arrangements",
            "arrangements reached",
            "достигнутые договорённости",
            "əldə olunmuş razılaşmalar"
        },
        {"st-petersburg", "St. Petersburg", "Санкт-Петербург", "Sankt-Peterburq"},
    };

    private GlossaryFixture() {}

    /** The fixture glossary, en/ru/az on every concept. */
    public static Glossary glossary() {
        List<Concept> concepts = new ArrayList<>();
        for (String[] row : ROWS) {
            Map<String, List<Term>> terms = new LinkedHashMap<>();
            terms.put("en", terms(row[1]));
            terms.put("ru", terms(row[2]));
            terms.put("az", terms(row[3]));
            concepts.add(new Concept(row[0], "diplomacy", "", "", terms));
        }
        return new Glossary(concepts);
    }

    private static List<Term> terms(String cell) {
        List<Term> terms = new ArrayList<>();
        for (String text : cell.split("\\|")) {
            TermStatus status =
                    text.startsWith("!")
                            ? TermStatus.DEPRECATED
                            : terms.isEmpty() ? TermStatus.PREFERRED : TermStatus.ADMITTED;
            terms.add(new Term(text.replaceFirst("^!", ""), status, "noun", ""));
        }
        return terms;
    }
}
