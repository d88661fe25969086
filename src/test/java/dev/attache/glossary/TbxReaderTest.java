package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TbxReaderTest {
    private static final Path FILE = Path.of("t.tbx");
    private static final String OPEN =
            "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"
                    + "<tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader><text><body>";
    private static final String CLOSE = "</body></text></tbx>";

    private static ParsedGlossary read(String xml) {
        return new TbxReader().read(FILE, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static Glossary shipped() throws Exception {
        return new TbxReader()
                .read(TbxSchemaTest.SHIPPED, Files.readAllBytes(TbxSchemaTest.SHIPPED))
                .glossary();
    }

    @Test
    void shippedTermbaseHasEnRuAzOnEveryConcept() throws Exception {
        Glossary glossary = shipped();
        assertThat(glossary.concepts()).hasSizeGreaterThanOrEqualTo(40);
        for (Concept concept : glossary.concepts()) {
            assertThat(concept.terms().keySet()).as(concept.id()).contains("en", "ru", "az");
            for (String lang : List.of("en", "ru", "az")) {
                assertThat(concept.withStatus(lang, TermStatus.PREFERRED))
                        .as(concept.id() + "/" + lang)
                        .isNotEmpty();
                assertThat(concept.terms(lang))
                        .allSatisfy(t -> assertThat(t.partOfSpeech()).isNotEmpty());
            }
        }
        assertThat(new GlossaryValidator().validate(glossary)).isEmpty();
    }

    @Test
    void shippedTermbaseCarriesTheOfficialForms() throws Exception {
        Glossary glossary = shipped();
        Concept allied = glossary.concept("c-allied-interaction").orElseThrow();
        assertThat(allied.preferred("ru").orElseThrow().text())
                .isEqualTo("союзническое взаимодействие");
        assertThat(allied.withStatus("ru", TermStatus.DEPRECATED))
                .extracting(Term::text)
                .containsExactly("союзное взаимодействие");
        assertThat(allied.preferred("az").orElseThrow().text())
                .isEqualTo("müttəfiqlik qarşılıqlı fəaliyyəti");
        Concept mega = glossary.concept("c-mega-project").orElseThrow();
        assertThat(mega.withStatus("en", TermStatus.ADMITTED))
                .extracting(Term::text)
                .containsExactly("mega project", "megaproject");
        Concept mfa = glossary.concept("c-mfa-azerbaijan").orElseThrow();
        assertThat(mfa.preferred("az").orElseThrow().text())
                .isEqualTo("Azərbaycan Respublikasının Xarici İşlər Nazirliyi");
        assertThat(mfa.source()).contains("Decree No 16");
        assertThat(glossary.concept("c-mfa-russia").orElseThrow().source())
                .contains("Regulations §1");
        assertThat(
                        glossary.concept("c-declaration-allied-interaction")
                                .orElseThrow()
                                .preferred("az")
                                .orElseThrow()
                                .text())
                .isEqualTo(
                        "Azərbaycan Respublikası ilə Rusiya Federasiyası arasında müttəfiqlik qarşılıqlı fəaliyyəti haqqında Bəyannamə");
        assertThat(
                        glossary.concept("c-ilham-aliyev")
                                .orElseThrow()
                                .preferred("az")
                                .orElseThrow()
                                .text())
                .isEqualTo("\u0130lham \u018Fliyev");
        assertThat(
                        glossary.concept("c-declaration")
                                .orElseThrow()
                                .preferred("en")
                                .orElseThrow()
                                .text())
                .isEqualTo("Declaration");
    }

    @Test
    void writingTheShippedTermbaseIsDeterministicAndLossless() throws Exception {
        Glossary glossary = shipped();
        var first = new ByteArrayOutputStream();
        var second = new ByteArrayOutputStream();
        new TbxWriter().write(glossary, first);
        new TbxWriter().write(glossary, second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        assertThat(new TbxReader().read(FILE, first.toByteArray()).glossary()).isEqualTo(glossary);
    }

    @Test
    void readsTbxVersion2Martif() throws Exception {
        Path file = Path.of("src/test/resources/glossary/martif-v2.tbx");
        ParsedGlossary parsed = new TbxReader().read(file, Files.readAllBytes(file));
        Glossary glossary = parsed.glossary();
        assertThat(parsed.problems()).isEmpty();
        assertThat(glossary.concepts()).extracting(Concept::id).containsExactly("t1", "t2");
        Concept allied = glossary.concepts().get(0);
        assertThat(allied.subject()).isEqualTo("diplomacy");
        assertThat(allied.definition()).isEqualTo("Cooperation of allies.");
        assertThat(allied.terms().keySet()).containsExactly("en", "ru", "az");
        assertThat(allied.terms("en"))
                .containsExactly(new Term("allied interaction", TermStatus.PREFERRED, "noun", ""));
        assertThat(allied.terms("ru"))
                .containsExactly(
                        new Term("союзническое взаимодействие", TermStatus.PREFERRED, "noun", ""),
                        new Term(
                                "союзное взаимодействие",
                                TermStatus.DEPRECATED,
                                "",
                                "Not the official wording."));
        assertThat(allied.terms("az"))
                .containsExactly(
                        new Term("müttəfiqlik qarşılıqlı fəaliyyəti", TermStatus.ADMITTED));
        Concept baku = glossary.concepts().get(1);
        assertThat(baku.terms("en")).containsExactly(new Term("Baku", TermStatus.PREFERRED));
        assertThat(baku.terms("de")).containsExactly(new Term("Baku", TermStatus.DEPRECATED));
    }

    @Test
    void readsTheTbxBasicExamplesInDcaAndDctStyleAlike() throws Exception {
        Path dca = Path.of("src/test/resources/glossary/astronomy-dca.tbx");
        Path dct = Path.of("src/test/resources/glossary/astronomy-dct.tbx");
        ParsedGlossary fromDca = new TbxReader().read(dca, Files.readAllBytes(dca));
        ParsedGlossary fromDct = new TbxReader().read(dct, Files.readAllBytes(dct));
        assertThat(fromDca.problems()).isEmpty();
        assertThat(fromDct.problems()).isEmpty();
        assertThat(fromDct.glossary()).isEqualTo(fromDca.glossary());
        Concept openCluster = fromDca.glossary().concept("c1").orElseThrow();
        assertThat(openCluster.subject()).isEqualTo("General");
        assertThat(openCluster.definition())
                .isEqualTo("A group of stars formed together in the spiral arms of a galaxy.");
        assertThat(openCluster.terms("en"))
                .extracting(Term::text, Term::status, Term::partOfSpeech)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "open cluster", TermStatus.PREFERRED, "noun"),
                        org.assertj.core.groups.Tuple.tuple(
                                "galactic cluster", TermStatus.DEPRECATED, "noun"));
        assertThat(openCluster.terms().keySet()).containsExactly("en", "es");
    }

    @Test
    void reportsDataCategoriesThatTbxBasicDoesNotHave() {
        ParsedGlossary parsed =
                read(
                        OPEN
                                + "<conceptEntry id=\"c\">\n<descrip type=\"colour\">red</descrip>"
                                + "<langSec xml:lang=\"en\"><termSec><term>x</term>\n<termNote type=\"register\">formal</termNote>"
                                + "</termSec></langSec></conceptEntry>"
                                + CLOSE);
        assertThat(parsed.problems())
                .extracting(f -> f.line("F"))
                .containsExactly(
                        "warning: F:line 2: TBX-Basic has no data category 'colour' on <descrip>; ignored",
                        "warning: F:line 3: TBX-Basic has no data category 'register' on <termNote>; ignored");
        assertThat(parsed.glossary().concepts().get(0).subject()).isEmpty();
    }

    @Test
    void reportsStructureTheCoreSchemaOrTbxBasicForbids() {
        ParsedGlossary parsed =
                read(
                        "<tbx xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>\n"
                                + "<conceptEntry id=\"a\"><termNote type=\"partOfSpeech\">noun</termNote>\n"
                                + "<langSec xml:lang=\"en\"><termSec><term>x</term></termSec></langSec>\n"
                                + "<langSec xml:lang=\"ru\"></langSec></conceptEntry>\n"
                                + "<conceptEntry id=\"b\"></conceptEntry>"
                                + CLOSE);
        assertThat(parsed.problems())
                .extracting(f -> f.line("F"))
                .containsExactly(
                        "error: F:line 1: <tbx> needs its dialect in type, e.g. type=\"TBX-Basic\"",
                        "error: F:line 1: <tbx> needs style=\"dca\" or style=\"dct\"",
                        "error: F:line 2: 'partOfSpeech' belongs in a termSec, not directly in <conceptEntry>; ignored",
                        "error: F:line 4: <langSec xml:lang=\"ru\"> has no term section",
                        "error: F:line 5: <conceptEntry id=\"b\"> has no language section");
        assertThat(parsed.glossary().concepts().get(0).terms()).containsOnlyKeys("en");
    }

    @Test
    void normalisesDecomposedTextToNfc() {
        Glossary glossary =
                read(OPEN
                                + "<conceptEntry id=\"c\"><langSec xml:lang=\"az\"><termSec><term>Az\u0259rbaycan I\u0307s\u0327l\u0259r</term>"
                                + "</termSec></langSec></conceptEntry>"
                                + CLOSE)
                        .glossary();
        assertThat(glossary.concepts().get(0).terms("az").get(0).text())
                .isEqualTo("Azərbaycan İşlər");
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        assertThatThrownBy(
                        () ->
                                read(
                                        OPEN
                                                + "\n<conceptEntry id=\"c\">\n<langSec xml:lang=\"en\"></conceptEntry>"
                                                + CLOSE))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("t.tbx:3:")
                .hasMessageContaining("malformed XML");
    }

    @Test
    void refusesADoctypeWithAnExternalEntityWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET", StandardCharsets.UTF_8);
        String xml =
                "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM \""
                        + secret.toUri()
                        + "\">]>\n"
                        + OPEN
                        + "<conceptEntry id=\"c\"><langSec xml:lang=\"en\"><termSec><term>&xxe;</term></termSec>"
                        + "</langSec></conceptEntry>"
                        + CLOSE;
        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("t.tbx:2:")
                .hasMessageContaining("DOCTYPE is not allowed")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void refusesAnExternalDtdWithoutFetchingIt() {
        String xml =
                "<?xml version=\"1.0\"?>\n<!DOCTYPE martif SYSTEM \"http://127.0.0.1:9/TBXcoreStructV02.dtd\">\n"
                        + "<martif type=\"TBX\"><text><body/></text></martif>";
        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("DOCTYPE is not allowed");
    }

    @Test
    void anUndeclaredEntityIsMalformed() {
        assertThatThrownBy(
                        () ->
                                read(
                                        OPEN
                                                + "<conceptEntry id=\"c\"><langSec xml:lang=\"en\"><termSec><term>&xxe;</term>"
                                                + "</termSec></langSec></conceptEntry>"
                                                + CLOSE))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("malformed XML");
    }

    @Test
    void rejectsOtherXml() {
        assertThatThrownBy(() -> read("<xliff version=\"1.2\"/>"))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "t.tbx:1:1: not a TBX file: the root element is <xliff>, not <tbx> or <martif>");
    }

    @Test
    void rejectsAnEmptyGlossary() {
        assertThatThrownBy(() -> read(OPEN + CLOSE))
                .isInstanceOf(BadInputException.class)
                .hasMessage("t.tbx: the glossary is empty: it has no concepts");
    }

    @Test
    void rejectsAGlossaryWithNoneOfOurLanguages() {
        assertThatThrownBy(
                        () ->
                                read(
                                        OPEN
                                                + "<conceptEntry id=\"c\"><langSec xml:lang=\"de\"><termSec><term>Bündnis</term>"
                                                + "</termSec></langSec><langSec xml:lang=\"fr\"><termSec><term>alliance</term></termSec></langSec>"
                                                + "</conceptEntry>"
                                                + CLOSE))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "t.tbx: the glossary has none of the languages en, ru, az (it has de, fr)");
    }

    @Test
    void rejectsADuplicateConceptId() {
        String concept =
                "<conceptEntry id=\"c\"><langSec xml:lang=\"en\"><termSec><term>x</term></termSec></langSec></conceptEntry>";
        assertThatThrownBy(() -> read(OPEN + concept + "\n" + concept + CLOSE))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("t.tbx:2:")
                .hasMessageContaining("concept id 'c' was already used on line 1");
    }

    @Test
    void stepsOverStructureProblemsAndReportsThem() {
        ParsedGlossary parsed =
                read(
                        OPEN
                                + "\n<conceptEntry id=\"c\"><langSec xml:lang=\"en\"><termSec><term>x</term>"
                                + "<termNote type=\"administrativeStatus\">likedTerm</termNote></termSec>\n<termSec><note>no term</note></termSec>"
                                + "</langSec>\n<langSec><termSec><term>y</term></termSec></langSec></conceptEntry>"
                                + CLOSE);
        assertThat(parsed.glossary().concepts().get(0).terms("en"))
                .containsExactly(new Term("x", TermStatus.ADMITTED));
        assertThat(parsed.problems())
                .extracting(f -> f.line("F"))
                .containsExactly(
                        "warning: F:line 2: unknown administrative status 'likedTerm'; taken as admitted",
                        "error: F:line 3: a term section has no term text; skipped",
                        "error: F:line 4: <langSec> has no xml:lang; its terms are skipped");
    }
}
