package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryValidatorTest {

    private static Concept concept(String id, String en, String ru, String az) {
        var terms = new LinkedHashMap<String, List<Term>>();
        terms.put("en", List.of(new Term(en, TermStatus.PREFERRED, "noun", "")));
        terms.put("ru", List.of(new Term(ru, TermStatus.PREFERRED, "noun", "")));
        terms.put("az", List.of(new Term(az, TermStatus.PREFERRED, "noun", "")));
        return new Concept(id, "", "", "", terms);
    }

    private static Concept with(Concept concept, String lang, Term... terms) {
        var map = new LinkedHashMap<>(concept.terms());
        map.put(lang, List.of(terms));
        return new Concept(concept.id(), "", "", "", map);
    }

    private static List<String> findings(Concept... concepts) {
        return new GlossaryValidator()
                .validate(new Glossary(List.of(concepts))).stream().map(f -> f.line("F")).toList();
    }

    @Test
    void aSoundGlossaryHasNoFindings() {
        assertThat(
                        findings(
                                concept("c-baku", "Baku", "Баку", "Bakı"),
                                concept("c-moscow", "Moscow", "Москва", "Moskva")))
                .isEmpty();
    }

    @Test
    void aMissingLanguage() {
        Concept baku = concept("c-baku", "Baku", "Баку", "Bakı");
        var terms = new LinkedHashMap<>(baku.terms());
        terms.remove("az");
        assertThat(findings(new Concept("c-baku", "", "", "", terms)))
                .containsExactly("error: F:c-baku: the concept has no az term");
    }

    @Test
    void noPreferredTerm() {
        Concept concept =
                with(
                        concept("c-x", "x", "икс", "iks"),
                        "ru",
                        new Term("икс", TermStatus.ADMITTED),
                        new Term("иск", TermStatus.DEPRECATED));
        assertThat(findings(concept)).containsExactly("error: F:c-x/ru: no ru term is preferred");
    }

    @Test
    void theSameTermInTwoConcepts() {
        assertThat(
                        findings(
                                concept("c-a", "Aliyev", "Алиев", "Əliyev"),
                                concept("c-b", "ALIYEV", "Алиев-младший", "ƏLİYEV")))
                .containsExactly(
                        "error: F:c-b/en: 'ALIYEV' is also a term of concept c-a",
                        "error: F:c-b/az: 'ƏLİYEV' is also a term of concept c-a");
    }

    @Test
    void aDeprecatedTermThatIsAnotherConceptsPreferredOneIsAConflict() {
        Concept a =
                with(
                        concept("c-a", "a", "а", "a"),
                        "ru",
                        new Term("а", TermStatus.PREFERRED),
                        new Term("союзное", TermStatus.DEPRECATED));
        Concept b = concept("c-b", "b", "союзное", "b");
        assertThat(findings(a, b))
                .containsExactly("error: F:c-b/ru: 'союзное' is also a term of concept c-a");
    }

    @Test
    void twoDeprecatedListingsOnlyWarn() {
        Concept a =
                with(
                        concept("c-a", "a", "а", "a"),
                        "en",
                        new Term("a", TermStatus.PREFERRED),
                        new Term("old", TermStatus.DEPRECATED));
        Concept b =
                with(
                        concept("c-b", "b", "б", "b"),
                        "en",
                        new Term("b", TermStatus.PREFERRED),
                        new Term("Old", TermStatus.DEPRECATED));
        assertThat(findings(a, b))
                .containsExactly("warning: F:c-b/en: 'Old' is also a term of concept c-a");
    }

    @Test
    void aTermListedTwiceInOneConcept() {
        Concept concept =
                with(
                        concept("c-x", "x", "ёж", "x"),
                        "ru",
                        new Term("ёж", TermStatus.PREFERRED),
                        new Term("ЕЖ", TermStatus.DEPRECATED));
        assertThat(findings(concept))
                .containsExactly("error: F:c-x/ru: 'ЕЖ' is listed twice, with different statuses");
        Concept same =
                with(
                        concept("c-y", "y", "y", "y"),
                        "en",
                        new Term("y", TermStatus.PREFERRED),
                        new Term("Y", TermStatus.PREFERRED));
        assertThat(findings(same)).containsExactly("warning: F:c-y/en: 'Y' is listed twice");
    }

    @Test
    void azerbaijaniDottedAndDotlessIAreDifferentLetters() {
        assertThat(findings(concept("c-a", "a", "а", "İş"), concept("c-b", "b", "б", "iş")))
                .hasSize(1);
        assertThat(findings(concept("c-a", "a", "а", "Iş"), concept("c-b", "b", "б", "iş")))
                .isEmpty();
    }

    @Test
    void aPartOfSpeechOutsideTheTbxBasicPicklist() {
        Concept concept =
                with(
                        concept("c-x", "x", "x", "x"),
                        "en",
                        new Term("x", TermStatus.PREFERRED, "properNoun", ""));
        assertThat(findings(concept))
                .containsExactly(
                        "error: F:c-x/en: 'x' has part of speech 'properNoun', "
                                + "which TBX-Basic does not allow (noun, verb, adjective, adverb, other)");
    }

    @Test
    void aConceptIdThatIsNoXmlId() {
        assertThat(findings(concept("1st", "x", "x", "x")))
                .containsExactly(
                        "error: F:1st: the concept id is not a valid XML id (a letter or _ first, then letters, digits, . _ -)");
    }

    @Test
    void findingsCarryPlaceMessageAndSeverity() {
        GlossaryFinding finding = new GlossaryFinding.MissingLanguage("c-x", "az");
        assertThat(finding.place()).isEqualTo("c-x");
        assertThat(finding.message()).isEqualTo("the concept has no az term");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    }
}
