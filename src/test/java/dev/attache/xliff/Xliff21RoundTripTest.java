package dev.attache.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import dev.attache.model.Note;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TermHit;
import dev.attache.model.TermRenderings;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Xliff21RoundTripTest {
    @TempDir Path dir;

    private static SegmentId id(String text) {
        return SegmentId.parse(text);
    }

    /**
     * All four states, notes of several authors, varied separators, a kept unit, XML specials,
     * nested term hits.
     */
    static TranslationDocument sample() {
        String title = "Remarks by the Foreign Minister & <guests> \"quoted\" 'too'";
        Unit p1 =
                new Unit(
                        "p1",
                        "title",
                        true,
                        List.of(
                                new SegmentPair(
                                        id("p1.s1"),
                                        title,
                                        "",
                                        State.NEW,
                                        List.of(
                                                new TermHit(
                                                        "foreign-minister",
                                                        15,
                                                        31,
                                                        "Foreign Minister"),
                                                new TermHit("minister", 23, 31, "Minister")))),
                        List.of(),
                        List.of());
        Unit p2 =
                new Unit(
                        "p2",
                        "reference",
                        false,
                        List.of(new SegmentPair(id("p2.s1"), "359-27-02-2023")),
                        List.of(),
                        List.of());
        String s1 = "The Russian Federation and Azerbaijan.";
        Unit p3 =
                new Unit(
                        "p3",
                        "body",
                        true,
                        List.of(
                                new SegmentPair(
                                        id("p3.s1"),
                                        s1,
                                        "Российская Федерация и Азербайджан.",
                                        State.FINAL,
                                        List.of(
                                                new TermHit(
                                                        "russian-federation",
                                                        4,
                                                        22,
                                                        "Russian Federation"),
                                                new TermHit("azerbaijan", 27, 37, "Azerbaijan"))),
                                new SegmentPair(
                                        id("p3.s2"), "Second\u00a0one?", "", State.NEW, List.of()),
                                new SegmentPair(
                                        id("p3.s3"),
                                        "Third: \"x\" & <y>.",
                                        "Üçüncü: «x» & <y>.",
                                        State.NEEDS_REVIEW,
                                        List.of()),
                                new SegmentPair(
                                        id("p3.s4"),
                                        "Fourth.",
                                        "Четвёртое.",
                                        State.TRANSLATED,
                                        List.of()),
                                new SegmentPair(
                                        id("p3.s5"), "Fifth.", "", State.TRANSLATED, List.of())),
                        List.of(" ", "  ", "\u00a0", ""),
                        List.of(
                                new Note(
                                        "glossary",
                                        "p3.s1: Russian Federation → Российская Федерация\np3.s1: Azerbaijan → Азербайджан"),
                                new Note("translator", "checked against kremlin.ru & mid.ru <ok>"),
                                new Note("qa", "p3.s3: «x» 'quotes'"),
                                new Note("attache", "from tm"),
                                new Note("unknown", "  two  spaces  ")));
        Unit p4 =
                new Unit(
                        "p4",
                        "body",
                        true,
                        List.of(
                                new SegmentPair(
                                        id("p4.s1"),
                                        " Leading and trailing ",
                                        " Ведущий и замыкающий ",
                                        State.TRANSLATED,
                                        List.of())),
                        List.of(),
                        List.of());
        return new TranslationDocument(
                "sample.en.txt",
                Locale.ENGLISH,
                Locale.forLanguageTag("az"),
                List.of(p1, p2, p3, p4));
    }

    static final TermRenderings RENDERINGS =
            new TermRenderings(
                    Map.of(
                            "foreign-minister",
                            "Xarici İşlər Naziri",
                            "russian-federation",
                            "Rusiya Federasiyası",
                            "azerbaijan",
                            "Azərbaycan"));

    private Path write(TranslationDocument document, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new Xliff21Writer(RENDERINGS).write(document, out);
        }
        return file;
    }

    @Test
    void writtenFileIsValidAndReadsBackIdentically() throws Exception {
        Path file = write(sample(), "sample.en-az.xlf");
        Xliff21Schema.validate(file);
        XLIFFReader.validate(file.toFile());
        assertThat(new Xliff21Reader().read(file)).isEqualTo(sample());
    }

    @Test
    void writesTheMapping() throws Exception {
        String xml = Files.readString(write(sample(), "sample.en-az.xlf"), StandardCharsets.UTF_8);
        assertThat(xml)
                .startsWith(
                        "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                                + "version=\"2.1\" srcLang=\"en\" trgLang=\"az\">")
                .contains("<file id=\"f1\" original=\"sample.en.txt\">")
                .contains("<unit id=\"p1\" type=\"attache:title\">")
                .contains("<unit id=\"p2\" translate=\"no\" type=\"attache:reference\">")
                .contains(
                        "<segment id=\"s3\" state=\"translated\" subState=\"attache:needs-review\">")
                .contains("<segment id=\"s1\" state=\"final\">")
                .contains("<ignorable>\n    <source xml:space=\"preserve\">  </source>")
                .contains(
                        "<note category=\"translator\">checked against kremlin.ru &amp; mid.ru &lt;ok></note>")
                .contains(
                        "<mrk id=\"m1\" type=\"term\" ref=\"#gls=g1\">Foreign <mrk id=\"m2\" type=\"term\" "
                                + "ref=\"#gls=g2\">Minister</mrk></mrk>")
                .contains("<gls:term source=\"foreign-minister\">Foreign Minister</gls:term>")
                .contains(
                        "<gls:translation source=\"attache\">Xarici İşlər Naziri</gls:translation>")
                .contains(
                        "<gls:definition source=\"attache\">glossary concept minister</gls:definition>")
                .doesNotContain("<target></target>\n  </segment>\n  <segment id=\"s2\"");
    }

    @Test
    void sameDocumentGivesTheSameBytes() throws Exception {
        var first = new ByteArrayOutputStream();
        var second = new ByteArrayOutputStream();
        new Xliff21Writer(RENDERINGS).write(sample(), first);
        new Xliff21Writer(RENDERINGS).write(sample(), second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    }

    private Path file(String name, String units) throws IOException {
        return Files.writeString(
                dir.resolve(name),
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">
                <file id="f1" original="a.txt">
                %s
                </file></xliff>
                """
                        .formatted(units),
                StandardCharsets.UTF_8);
    }

    @Test
    void refusesInlineCodes() throws IOException {
        Path file =
                file(
                        "codes.xlf",
                        "<unit id=\"p1\"><segment id=\"s1\"><source>a <ph id=\"1\"/> b</source></segment></unit>");
        assertThatThrownBy(() -> new Xliff21Reader().read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "codes.xlf:unit p1: inline codes (<ph>, <pc>, <sc>, <ec>) are not supported in transcripts");
    }

    @Test
    void refusesSegmentsWithoutIdsAndUnitIdsThatAreNotOurs() throws IOException {
        Path noId =
                file("no-id.xlf", "<unit id=\"p1\"><segment><source>a</source></segment></unit>");
        Path number =
                file(
                        "number.xlf",
                        "<unit id=\"1\"><segment id=\"s1\"><source>a</source></segment></unit>");
        assertThatThrownBy(() -> new Xliff21Reader().read(noId))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "no-id.xlf:unit p1: a <segment> without id where Attaché expects 's1'");
        assertThatThrownBy(() -> new Xliff21Reader().read(number))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "number.xlf:unit 1: unit id '1' cannot be an Attaché unit id");
    }

    @Test
    void refusesWhatBreaksTheSchemaWithLineAndColumn() throws IOException {
        Path file =
                file(
                        "bad.xlf",
                        "<unit id=\"p1\"><segment id=\"s1\"><source>a</source><bogus/></segment></unit>");
        assertThatThrownBy(() -> new Xliff21Reader().read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageMatching(".*bad\\.xlf:4:\\d+: not valid XLIFF 2: cvc-[^\\n]*");
    }

    @Test
    void refusesDoctypeBeforeOkapiParses() throws IOException {
        Path file =
                Files.writeString(
                        dir.resolve("evil.xlf"),
                        """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ru">
                <file id="f1"><unit id="p1"><segment id="s1"><source>&x;</source></segment></unit></file></xliff>
                """,
                        StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new Xliff21Reader().read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("evil.xlf:2:")
                .hasMessageContaining("DOCTYPE is not allowed");
    }

    @Test
    void eachReaderRefusesTheOtherVersion() throws Exception {
        Path xliff21 = write(sample(), "two.xlf");
        Path xliff12 = dir.resolve("one.xlf");
        try (OutputStream out = Files.newOutputStream(xliff12)) {
            new Xliff12Writer().write(sample(), out);
        }
        assertThatThrownBy(() -> new Xliff21Reader().read(xliff12))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("XLIFF version '1.2' is not 2.0 or 2.1");
        assertThatThrownBy(() -> new Xliff12Reader().read(xliff21))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("XLIFF version '2.1' is not 1.2");
    }
}
