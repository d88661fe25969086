package dev.attache.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.model.Origin;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.SourceFormat;
import dev.attache.model.Speaker;
import dev.attache.model.State;
import dev.attache.model.TermRenderings;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerXliffTest {
    @TempDir Path dir;

    static TranslationDocument turns() {
        Unit lavrov =
                new Unit(
                        "p5",
                        "body",
                        true,
                        List.of(
                                new SegmentPair(
                                        new SegmentId("p5", 1),
                                        "Good afternoon.",
                                        "Добрый день.",
                                        State.TRANSLATED,
                                        List.of()),
                                new SegmentPair(
                                        new SegmentId("p5", 2),
                                        "We had talks.",
                                        "",
                                        State.NEW,
                                        List.of())),
                        List.of(" "),
                        List.of(),
                        Optional.of(new Speaker("Sergey Lavrov", "С.В.Лавров")));
        Unit question =
                new Unit(
                        "p6",
                        "body",
                        true,
                        List.of(new SegmentPair(new SegmentId("p6", 1), "Mr Minister, what next?")),
                        List.of(),
                        List.of(),
                        Optional.of(new Speaker("Question", "Вопрос")));
        Unit unknown =
                new Unit(
                        "p7",
                        "body",
                        true,
                        List.of(new SegmentPair(new SegmentId("p7", 1), "Thank you.")),
                        List.of(),
                        List.of(),
                        Optional.of(Speaker.asWritten("Maria Zakharova")));
        return new TranslationDocument(
                "qa.en.txt",
                Locale.ENGLISH,
                Locale.forLanguageTag("ru"),
                List.of(lavrov, question, unknown));
    }

    /**
     * A page whose speaker label is bold ({@code {1}Sergey Lavrov:{/1}}): its tokens stay with the
     * label.
     */
    static TranslationDocument boldTurn() {
        Unit lavrov =
                new Unit(
                        "p7",
                        "body",
                        true,
                        List.of(
                                new SegmentPair(
                                        new SegmentId("p7", 1),
                                        "Set out in the {2}statement{/2}.",
                                        "Изложено в {2}заявлении{/2}.",
                                        State.TRANSLATED,
                                        List.of())),
                        List.of(),
                        List.of(),
                        Optional.of(new Speaker("Sergey Lavrov", "С.В.Лавров", 1)));
        return new TranslationDocument(
                "page.en.html",
                new Origin(SourceFormat.HTML, Optional.empty(), Optional.empty()),
                Locale.ENGLISH,
                Locale.forLanguageTag("ru"),
                List.of(lavrov));
    }

    @Test
    void aBoldLabelKeepsItsTokensInThePlaceholderAndTheIgnorableAndReadsBack() throws Exception {
        Path v12 = dir.resolve("page.en-ru.xlf");
        try (OutputStream out = Files.newOutputStream(v12)) {
            new Xliff12Writer().write(boldTurn(), out);
        }
        assertThat(Files.readString(v12, StandardCharsets.UTF_8))
                .contains(
                        "<ph id=\"1\" ctype=\"x-speaker\" equiv-text=\"{1}С.В.Лавров:{/1} \">{1}С.В.Лавров:{/1} </ph>"
                                + "<mrk mid=\"s1\" mtype=\"seg\">Изложено в <bpt id=\"2\"");
        Xliff12Schema.validate(v12);
        assertThat(new Xliff12Reader().read(v12).units()).isEqualTo(boldTurn().units());
        assertThat(boldTurn().units().get(0).targetParagraph())
                .isEqualTo("{1}С.В.Лавров:{/1} Изложено в {2}заявлении{/2}.");

        Path v21 = dir.resolve("page21.en-ru.xlf");
        try (OutputStream out = Files.newOutputStream(v21)) {
            new Xliff21Writer(TermRenderings.none()).write(boldTurn(), out);
        }
        assertThat(Files.readString(v21, StandardCharsets.UTF_8))
                .contains("<source xml:space=\"preserve\">{1}Sergey Lavrov:{/1} </source>");
        Xliff21Schema.validate(v21);
        assertThat(new Xliff21Reader().read(v21).units()).isEqualTo(boldTurn().units());
    }

    @Test
    void aSpeakerTokenIsANumberOfAnInlineToken() {
        assertThatThrownBy(() -> new Speaker("Question", "Вопрос", -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Speaker("Question", "Вопрос", 3).sourcePrefix())
                .isEqualTo("{3}Question:{/3} ");
        assertThat(Speaker.labelOf("{3}Question:{/3} ")).isEqualTo("Question");
        assertThat(Speaker.tokenOf("{3}Question:{/3} ")).isEqualTo(3);
        assertThat(Speaker.labelOf("{3}Question:{/2} ")).isNull();
        assertThat(Speaker.labelOf("Question: ")).isEqualTo("Question");
        assertThat(Speaker.tokenOf("Question: ")).isZero();
    }

    @Test
    void xliff12KeepsTheLabelAsAPlaceholderOutsideTheSegmentsAndReadsItBack() throws Exception {
        Path file = dir.resolve("qa.en-ru.xlf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new Xliff12Writer().write(turns(), out);
        }
        String xml = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(xml)
                .contains(
                        "<seg-source><ph id=\"1\" ctype=\"x-speaker\" equiv-text=\"Sergey Lavrov: \">Sergey Lavrov: </ph>"
                                + "<mrk mid=\"s1\" mtype=\"seg\">Good afternoon.</mrk>")
                .contains(
                        "<target xml:lang=\"ru\" state=\"new\"><ph id=\"1\" ctype=\"x-speaker\" equiv-text=\"С.В.Лавров: \">"
                                + "С.В.Лавров: </ph><mrk mid=\"s1\" mtype=\"seg\">Добрый день.</mrk>");
        Xliff12Schema.validate(file);
        assertThat(new Xliff12Reader().read(file)).isEqualTo(turns());
    }

    @Test
    void xliff21KeepsTheLabelInAnIgnorableBeforeTheFirstSegmentAndReadsItBack() throws Exception {
        Path file = dir.resolve("qa.en-ru.xlf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new Xliff21Writer(TermRenderings.none()).write(turns(), out);
        }
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(xml)
                .contains(
                        """
                <unit id="p5" type="attache:body">
                   <ignorable id="speaker">
                    <source xml:space="preserve">Sergey Lavrov: </source>
                    <target xml:space="preserve">С.В.Лавров: </target>
                   </ignorable>
                   <segment id="s1" state="translated">""");
        Xliff21Schema.validate(file);
        assertThat(new Xliff21Reader().read(file)).isEqualTo(turns());
    }
}
