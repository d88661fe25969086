package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AzerbaijaniStemmerTest {
    private static final Locale AZ = Locale.forLanguageTag("az");
    private final AzerbaijaniStemmer stemmer = new AzerbaijaniStemmer();

    /** The stem the word's paradigm shares is among its readings. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Respublikası, respublika",
        "Respublikasının, respublika",
        "Respublikasına, respublika",
        "Respublikasında, respublika",
        "Respublikasını, respublika",
        "meqalayihə, meqalayihə",
        "meqalayihələr, meqalayihə",
        "meqalayihələri, meqalayihə",
        "meqalayihələrin, meqalayihə",
        "meqalayihəsi, meqalayihə",
        "münasibətlər, münasibət",
        "münasibətləri, münasibət",
        "münasibətlərinin, münasibət",
        "münasibətlərimiz, münasibət",
        "Nazirliyi, nazirlik",
        "Nazirliyinə, nazirlik",
        "Nazirliyinin, nazirlik",
        "nazirlik, nazirlik",
        "naziri, nazir",
        "nazirinin, nazir",
        "fəaliyyəti, fəaliyyət",
        "fəaliyyətinin, fəaliyyət",
        "fəaliyyətində, fəaliyyət",
        "Federasiyası, federasiya",
        "Federasiyasının, federasiya",
        "Rusiya, rusiya",
        "Rusiyanın, rusiya",
        "Rusiyaya, rusiya",
        "Rusiyada, rusiya",
        "Azərbaycan, azərbaycan",
        "Azərbaycanın, azərbaycan",
        "Azərbaycana, azərbaycan",
        "Azərbaycanda, azərbaycan",
        "Azərbaycandan, azərbaycan",
        "İşlər, iş",
        "Bəyannaməsi, bəyannamə",
        "azadlığı, azadlıq",
        "əməkdaşlığı, əməkdaşlıq",
        "Moskvada, moskva",
        "Bakıdakı, bakı",
        "Əliyevin, əliyev",
        "Əliyevə, əliyev",
    })
    void stripsInflections(String word, String stem) {
        assertThat(stemmer.stems(word.toLowerCase(AZ))).contains(stem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "respublika respublikası respublikasının respublikasına respublikasında",
        "bakı bakıda bakının bakıya bakıdakı",
        "nazirliyi nazirliyinə nazirliyində nazirliyini nazirliyinin",
        "əməkdaşlıq əməkdaşlığı əməkdaşlığın əməkdaşlığa",
    })
    void formsOfOneWordShareAStem(String forms) {
        Set<String> shared = new HashSet<>(stemmer.stems(forms.split(" ")[0]));
        Arrays.stream(forms.split(" ")).forEach(form -> shared.retainAll(stemmer.stems(form)));
        assertThat(shared).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
        "rus, rusiya",
        "rusiyada, rus",
        "əliyev, əlikev",
        "nazir, nazirlik",
        "naziri, nazirliyi",
        "müttəfiq, müttəfiqlik",
    })
    void keepsDerivationsApart(String one, String other) {
        assertThat(stemmer.stems(one)).doesNotContainAnyElementsOf(stemmer.stems(other));
    }
}
