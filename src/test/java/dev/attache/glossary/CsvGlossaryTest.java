package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvGlossaryTest {
    private static final Path FILE = Path.of("terms.csv");

    private static Glossary read(String csv) {
        return new CsvGlossaryReader().read(FILE, csv.getBytes(StandardCharsets.UTF_8)).glossary();
    }

    private static byte[] csv(Glossary glossary) throws Exception {
        var out = new ByteArrayOutputStream();
        new CsvGlossaryWriter().write(glossary, out);
        return out.toByteArray();
    }

    private static byte[] tbx(Glossary glossary) throws Exception {
        var out = new ByteArrayOutputStream();
        new TbxWriter().write(glossary, out);
        return out.toByteArray();
    }

    @Test
    void roundTripTbxToCsvToTbxGivesTheSameGlossary() throws Exception {
        Glossary shipped =
                new TbxReader()
                        .read(TbxSchemaTest.SHIPPED, Files.readAllBytes(TbxSchemaTest.SHIPPED))
                        .glossary();
        Glossary viaCsv = new CsvGlossaryReader().read(FILE, csv(shipped)).glossary();
        assertThat(viaCsv).isEqualTo(shipped);
        Glossary back = new TbxReader().read(Path.of("back.tbx"), tbx(viaCsv)).glossary();
        assertThat(back).isEqualTo(shipped);
        assertThat(tbx(back)).isEqualTo(tbx(shipped));
    }

    @Test
    void roundTripKeepsAwkwardText() throws Exception {
        var terms = new LinkedHashMap<String, List<Term>>();
        terms.put(
                "en",
                List.of(
                        new Term("a|b", TermStatus.PREFERRED, "noun", "pipe | and back\\slash"),
                        new Term("!bang", TermStatus.ADMITTED, "", "line, \"quoted\""),
                        new Term("c", TermStatus.DEPRECATED, "verb", "")));
        terms.put(
                "ru",
                List.of(
                        new Term("ёлка", TermStatus.PREFERRED),
                        new Term("Ё.Лка", TermStatus.ADMITTED, "noun", "", true)));
        terms.put("az", List.of(new Term("İşlər", TermStatus.PREFERRED)));
        terms.put("de", List.of(new Term("Bündnis", TermStatus.PREFERRED)));
        var glossary =
                new Glossary(
                        List.of(
                                new Concept(
                                        "c-1",
                                        "subject, with comma",
                                        "def\nsecond line",
                                        "src",
                                        terms),
                                new Concept(
                                        "c-2",
                                        "",
                                        "",
                                        "",
                                        Map.of(
                                                "en",
                                                List.of(
                                                        new Term(
                                                                "only en",
                                                                TermStatus.PREFERRED))))));
        assertThat(new CsvGlossaryReader().read(FILE, csv(glossary)).glossary())
                .isEqualTo(glossary);
        assertThat(new String(csv(glossary), StandardCharsets.UTF_8))
                .startsWith(
                        "\uFEFFid,subject,definition,source,en,en:status,en:pos,en:note,en:use,"
                                + "ru,ru:status,ru:pos,ru:note,ru:use,az,az:status,az:pos,az:note,az:use,"
                                + "de,de:status,de:pos,de:note,de:use\n")
                .contains("ёлка|Ё.Лка,preferred|admitted,|noun,,|speaker-label,");
    }

    @Test
    void readsASpreadsheetStyleCsv() {
        Glossary glossary =
                read(
                        "en,ru,az,status,note,subject\n"
                                + "allied interaction,союзническое взаимодействие|!союзное взаимодействие,müttəfiqlik qarşılıqlı fəaliyyəti,,,diplomacy\n"
                                + "mega-project|mega project|megaproject,мегапроект,meqalayihə,,plural: -s,\n"
                                + "\n"
                                + "union interaction,союзное взаимодействие,,deprecated,,\n");
        assertThat(glossary.concepts())
                .extracting(Concept::id)
                .containsExactly("c-allied-interaction", "c-mega-project", "c-union-interaction");
        Concept allied = glossary.concepts().get(0);
        assertThat(allied.subject()).isEqualTo("diplomacy");
        assertThat(allied.terms("ru"))
                .containsExactly(
                        new Term("союзническое взаимодействие", TermStatus.PREFERRED),
                        new Term("союзное взаимодействие", TermStatus.DEPRECATED));
        assertThat(glossary.concepts().get(1).terms("en"))
                .extracting(Term::text, Term::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mega-project", "plural: -s"),
                        org.assertj.core.groups.Tuple.tuple("mega project", "plural: -s"),
                        org.assertj.core.groups.Tuple.tuple("megaproject", "plural: -s"));
        Concept union = glossary.concepts().get(2);
        assertThat(union.terms().keySet()).containsExactly("en", "ru");
        assertThat(union.terms("ru").get(0).status()).isEqualTo(TermStatus.DEPRECATED);
    }

    @Test
    void perTermColumnsAlignWithTheTerms() {
        Glossary glossary = read("id,en,en:status,en:pos\nc-x,a|b|c,preferred||deprecated,noun\n");
        assertThat(glossary.concepts().get(0).terms("en"))
                .containsExactly(
                        new Term("a", TermStatus.PREFERRED, "noun", ""),
                        new Term("b", TermStatus.PREFERRED, "noun", ""),
                        new Term("c", TermStatus.DEPRECATED, "noun", ""));
    }

    @Test
    void skipsABomAndNormalisesToNfc() {
        Glossary glossary =
                read("\uFEFFen,az\nAzerbaijan,Az\u0259rbaycan I\u0307s\u0327l\u0259r\n");
        assertThat(glossary.concepts().get(0).terms("az").get(0).text())
                .isEqualTo("Azərbaycan İşlər");
        assertThat(glossary.concepts().get(0).id()).isEqualTo("c-azerbaijan");
    }

    @Test
    void conceptsWithoutEnglishOrWithTheSameSlugGetDistinctIds() {
        Glossary glossary = read("en,ru\nBaku,Баку\nbaku,Баку\n,Москва\n");
        assertThat(glossary.concepts())
                .extracting(Concept::id)
                .containsExactly("c-baku", "c-baku-3", "row-4");
    }

    @Test
    void missingHeader() {
        assertThatThrownBy(() -> read("allied interaction,союзническое взаимодействие\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "terms.csv:row 1: missing header: the first row must name the columns, e.g. en,ru,az "
                                + "(it reads 'allied interaction,союзническое взаимодействие')");
        assertThatThrownBy(() -> read("de,fr\nBündnis,alliance\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("missing header");
    }

    @Test
    void unknownOrRepeatedColumns() {
        assertThatThrownBy(() -> read("en,ru,comment\na,б,c\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("terms.csv:row 1: unknown column 'comment'");
        assertThatThrownBy(() -> read("en,ru,EN\na,б,c\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("terms.csv:row 1: column 'en' appears twice in the header");
        assertThatThrownBy(() -> read("en,az:note\na,b\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("terms.csv:row 1: column 'az:note' has no 'az' column of terms");
    }

    @Test
    void raggedRows() {
        assertThatThrownBy(() -> read("en,ru,az\na,б,c\nd,е\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("terms.csv:row 3: the row has 2 fields but the header has 3");
        assertThatThrownBy(() -> read("en,ru\na,б,c\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("terms.csv:row 2: the row has 3 fields but the header has 2");
    }

    @Test
    void emptyGlossaries() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(BadInputException.class)
                .hasMessage("terms.csv: the glossary is empty: the file has no rows");
        assertThatThrownBy(() -> read("en,ru,az\n,,\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "terms.csv: the glossary is empty: the file has a header but no concepts");
    }

    @Test
    void badCells() {
        assertThatThrownBy(() -> read("en,status\na,liked\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "terms.csv:row 2: unknown en status 'liked' (use preferred, admitted or deprecated)");
        assertThatThrownBy(() -> read("en,en:pos\na|b|c,noun|verb\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("terms.csv:row 2: column en:pos has 2 values for 3 terms");
        assertThatThrownBy(() -> read("en,ru\na||b,б\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("terms.csv:row 2: column en has an empty term");
        assertThatThrownBy(() -> read("id,en\n,\nx,\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("terms.csv:row 3: the row has no terms");
        assertThatThrownBy(() -> read("id,en\nx,a\nx,b\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("terms.csv:row 3: concept id 'x' was already used in row 2");
    }

    @Test
    void notUtf8() {
        byte[] latin1 = "en,ru\nBündnis,x\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new CsvGlossaryReader().read(FILE, latin1))
                .isInstanceOf(BadInputException.class)
                .hasMessage("terms.csv: the file is not UTF-8 text");
    }

    @Test
    void malformedQuoting() {
        assertThatThrownBy(() -> read("en,ru\n\"a\"b,c\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("terms.csv: malformed CSV:");
    }
}
