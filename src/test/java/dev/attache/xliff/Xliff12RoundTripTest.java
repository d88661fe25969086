package dev.attache.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import dev.attache.model.Note;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Xliff12RoundTripTest {
    @TempDir Path dir;

    static TranslationDocument sample() {
        Unit title =
                new Unit(
                        "p1",
                        "title",
                        true,
                        List.of(
                                new SegmentPair(
                                        new SegmentId("p1", 1),
                                        "Remarks by the Minister & <guests>")),
                        List.of(),
                        List.of());
        Unit reference =
                new Unit(
                        "p2",
                        "reference",
                        false,
                        List.of(new SegmentPair(new SegmentId("p2", 1), "359-27-02-2023")),
                        List.of(),
                        List.of());
        Unit body =
                new Unit(
                        "p3",
                        "body",
                        true,
                        List.of(
                                new SegmentPair(
                                        new SegmentId("p3", 1),
                                        "First sentence.",
                                        "Первое предложение.",
                                        State.FINAL,
                                        List.of()),
                                new SegmentPair(
                                        new SegmentId("p3", 2),
                                        "Second\u00a0one?",
                                        "",
                                        State.NEW,
                                        List.of()),
                                new SegmentPair(
                                        new SegmentId("p3", 3),
                                        "  Third: \"quoted\".",
                                        "Третье.",
                                        State.NEEDS_REVIEW,
                                        List.of())),
                        List.of(" ", "\u00a0 "),
                        List.of(
                                new Note(
                                        "attache",
                                        "allied interaction → союзническое взаимодействие"),
                                new Note("translator", "p3.s1: checked against kremlin.ru")));
        Unit done =
                new Unit(
                        "p4",
                        "body",
                        true,
                        List.of(
                                new SegmentPair(
                                        new SegmentId("p4", 1),
                                        "One.",
                                        "Одно.",
                                        State.TRANSLATED,
                                        List.of()),
                                new SegmentPair(
                                        new SegmentId("p4", 2),
                                        "Two.",
                                        "Два.",
                                        State.TRANSLATED,
                                        List.of())),
                        List.of(" "),
                        List.of());
        return new TranslationDocument(
                "sample.en.txt",
                Locale.ENGLISH,
                Locale.forLanguageTag("ru"),
                List.of(title, reference, body, done));
    }

    private Path write(TranslationDocument document) throws IOException {
        Path file = dir.resolve("sample.en-ru.xlf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new Xliff12Writer().write(document, out);
        }
        return file;
    }

    @Test
    void writtenFileIsValidAgainstTheStrictSchemaAndReadsBackIdentically() throws Exception {
        TranslationDocument document = sample();
        Path file = write(document);

        Xliff12Schema.validate(file);
        assertThat(new Xliff12Reader().read(file)).isEqualTo(document);
    }

    @Test
    void writesSegmentsStatesKindsAndNotesAsXliff12() throws Exception {
        String xml = Files.readString(write(sample()), StandardCharsets.UTF_8);

        assertThat(xml)
                .contains("<trans-unit id=\"p1\" restype=\"x-title\" xml:space=\"preserve\">")
                .contains(
                        "<trans-unit id=\"p2\" restype=\"x-reference\" translate=\"no\" xml:space=\"preserve\">")
                .contains(
                        "<seg-source><mrk mid=\"s1\" mtype=\"seg\">First sentence.</mrk> <mrk mid=\"s2\" mtype=\"seg\">Second\u00a0one?</mrk>")
                .contains(
                        "<target xml:lang=\"ru\" state=\"new\"><mrk mid=\"s1\" mtype=\"seg\">Первое предложение.</mrk>")
                .contains(
                        "<context-group name=\"x-attache-segment-states-p3\" purpose=\"information\">")
                .contains("<context context-type=\"x-state-s1\">final</context>")
                .contains("<note from=\"translator\">p3.s1: checked against kremlin.ru</note>")
                .contains("Remarks by the Minister &amp; &lt;guests>")
                .doesNotContain("okp:")
                .doesNotContain("its:");
    }

    @Test
    void sameDocumentGivesTheSameBytes() throws Exception {
        var first = new ByteArrayOutputStream();
        var second = new ByteArrayOutputStream();
        new Xliff12Writer().write(sample(), first);
        new Xliff12Writer().write(sample(), second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    }

    @Test
    void emptyTargetsStayEmptyOnRead() throws Exception {
        TranslationDocument read = new Xliff12Reader().read(write(sample()));
        assertThat(read.segment(SegmentId.parse("p1.s1")).orElseThrow().target()).isEmpty();
        assertThat(read.segment(SegmentId.parse("p3.s2")).orElseThrow().target()).isEmpty();
    }

    private Path unitWithPlainTarget(String segSource) throws IOException {
        return Files.writeString(
                dir.resolve("other-tool.xlf"),
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt"
                source-language="en" target-language="ru" datatype="plaintext"><body>
                <trans-unit id="p1"><source>Hello, world. Second.</source>
                <seg-source>%s</seg-source>
                <target state="translated">Привет, мир. Второе.</target></trans-unit></body></file></xliff>
                """
                        .formatted(segSource),
                StandardCharsets.UTF_8);
    }

    @Test
    void aTargetWithoutSegmentsBelongsToTheOnlySourceSegment() throws IOException {
        Path file =
                unitWithPlainTarget("<mrk mid=\"s1\" mtype=\"seg\">Hello, world. Second.</mrk>");
        SegmentPair segment =
                new Xliff12Reader().read(file).segment(SegmentId.parse("p1.s1")).orElseThrow();
        assertThat(segment.target()).isEqualTo("Привет, мир. Второе.");
        assertThat(segment.state()).isEqualTo(State.TRANSLATED);
    }

    @Test
    void aTargetWithoutSegmentsIsRefusedWhenTheSourceHasSeveral() throws IOException {
        Path file =
                unitWithPlainTarget(
                        "<mrk mid=\"s1\" mtype=\"seg\">Hello, world.</mrk> <mrk mid=\"s2\" mtype=\"seg\">Second.</mrk>");
        assertThatThrownBy(() -> new Xliff12Reader().read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "other-tool.xlf:unit p1: the target is not split into the source's");
    }

    @Test
    void refusesDoctypeWithoutResolvingIt() throws IOException {
        Path file = dir.resolve("evil.xlf");
        Files.writeString(
                file,
                """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en"
                target-language="ru" datatype="plaintext"><body><trans-unit id="p1"><source>&x;</source></trans-unit></body></file></xliff>
                """,
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new Xliff12Reader().read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("evil.xlf:2:")
                .hasMessageContaining("DOCTYPE is not allowed");
    }

    @Test
    void refusesMalformedXmlWithItsPlace() throws IOException {
        Path file = dir.resolve("broken.xlf");
        Files.writeString(
                file,
                "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file original=\"a\" source-language=\"en\" target-language=\"ru\"\n<body>",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new Xliff12Reader().read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageMatching(".*broken\\.xlf:3:\\d+: malformed XML: [A-Z][^\\[]*");
    }

    @Test
    void refusesXmlThatIsNotXliff() throws IOException {
        Path file = dir.resolve("other.xml");
        Files.writeString(file, "<html><body/></html>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new Xliff12Reader().read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("not an XLIFF file (root element <html>)");
    }
}
