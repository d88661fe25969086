package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.TermHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HintSelectorTest {
    /**
     * The fixture glossary, with "prime minister" carrying an avoid-note, and a few longer terms.
     */
    private static final Glossary GLOSSARY = glossary();

    private static final TermMatcher ENGLISH = new TermMatcher(GLOSSARY, "en");
    private static final Map<String, HintSelector> SELECTORS =
            Map.of("ru", new HintSelector(GLOSSARY, "ru"), "az", new HintSelector(GLOSSARY, "az"));

    /**
     * Expected hints as "concept=matched text" in text order, joined by "; ". "Republic of
     * Azerbaijan" carries an avoid-note in Russian (Республика Азербайджан) and none in
     * Azerbaijani; "Minister", "President" and "Azerbaijan" inside longer terms never do.
     */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
        ru | Foreign Minister Sergey Lavrov | foreign-minister=Foreign Minister; sergey-lavrov=Sergey Lavrov
        ru | President of the Republic of Azerbaijan Ilham Aliyev | president-azerbaijan=President of the Republic of Azerbaijan; republic-of-azerbaijan=Republic of Azerbaijan; ilham-aliyev=Ilham Aliyev
        az | President of the Republic of Azerbaijan Ilham Aliyev | president-azerbaijan=President of the Republic of Azerbaijan; ilham-aliyev=Ilham Aliyev
        ru | the Declaration on Allied Interaction between the Russian Federation and the Republic of Azerbaijan | declaration-allied-interaction=Declaration on Allied Interaction between the Russian Federation and the Republic of Azerbaijan; allied-interaction=Allied Interaction; republic-of-azerbaijan=Republic of Azerbaijan
        az | the Declaration on Allied Interaction between the Russian Federation and the Republic of Azerbaijan | declaration-allied-interaction=Declaration on Allied Interaction between the Russian Federation and the Republic of Azerbaijan
        ru | Deputy Prime Minister Alexei Overchuk | deputy-prime-minister=Deputy Prime Minister
        az | Deputy Prime Minister Alexei Overchuk | deputy-prime-minister=Deputy Prime Minister
        ru | our countries' prime ministers and ministers | prime-minister=prime ministers; minister=ministers
        ru | the Intergovernmental Commission on Economic Cooperation | intergovernmental-commission=Intergovernmental Commission on Economic Cooperation
        az | the Intergovernmental Commission on Economic Cooperation | intergovernmental-commission=Intergovernmental Commission on Economic Cooperation; economic-cooperation=Economic Cooperation
        ru | the Ministry of Foreign Affairs of the Republic of Azerbaijan | mfa-azerbaijan=Ministry of Foreign Affairs of the Republic of Azerbaijan; republic-of-azerbaijan=Republic of Azerbaijan
        az | the Ministry of Foreign Affairs of the Republic of Azerbaijan | mfa-azerbaijan=Ministry of Foreign Affairs of the Republic of Azerbaijan
        """)
    void listsANestedTermOnlyWhenItAddsSomething(String lang, String source, String expected) {
        List<TermHit> hints = SELECTORS.get(lang).select(ENGLISH.find(source));
        assertThat(
                        hints.stream()
                                .map(h -> h.conceptId() + "=" + h.matchedText())
                                .collect(Collectors.joining("; ")))
                .isEqualTo(expected);
    }

    private static Glossary glossary() {
        List<Concept> concepts =
                new ArrayList<>(
                        GlossaryFixture.glossary().concepts().stream()
                                .filter(c -> !c.id().equals("prime-minister"))
                                .toList());
        concepts.add(
                concept(
                        "prime-minister",
                        "prime minister",
                        "премьер-министр|!премьер",
                        "baş nazir"));
        concepts.add(concept("minister", "minister", "министр", "nazir"));
        concepts.add(
                concept(
                        "deputy-prime-minister",
                        "Deputy Prime Minister",
                        "вице-премьер|заместитель Председателя Правительства",
                        "baş nazirin müavini"));
        concepts.add(
                concept(
                        "intergovernmental-commission",
                        "Intergovernmental Commission on Economic Cooperation",
                        "Межправительственная комиссия по экономическому сотрудничеству",
                        ""));
        return new Glossary(concepts);
    }

    /**
     * Terms separated by "|": the first preferred, the others admitted, deprecated with a leading
     * "!".
     */
    private static Concept concept(String id, String en, String ru, String az) {
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        Map.of("en", en, "ru", ru, "az", az)
                .forEach(
                        (lang, cell) -> {
                            List<Term> list = new ArrayList<>();
                            for (String text : cell.split("\\|")) {
                                if (!text.isEmpty()) {
                                    list.add(
                                            new Term(
                                                    text.replaceFirst("^!", ""),
                                                    text.startsWith("!")
                                                            ? TermStatus.DEPRECATED
                                                            : list.isEmpty()
                                                                    ? TermStatus.PREFERRED
                                                                    : TermStatus.ADMITTED));
                                }
                            }
                            terms.put(lang, list);
                        });
        return new Concept(id, "diplomacy", "", "", terms);
    }
}
