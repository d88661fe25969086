package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.glossary.Glossary;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorksheetRoundTripTest {
    @TempDir Path dir;

    @Test
    void everySegmentComesBackAsItWasWritten() throws IOException {
        TranslationDocument doc = SampleDocument.document();
        Path xlsx = dir.resolve("sample.en-ru.xlsx");
        new WorksheetWriter()
                .write(doc, SampleDocument.glossary(), WorksheetWriterTest.OPTIONS, xlsx);

        Worksheet sheet = new WorksheetReader().read(xlsx);

        assertThat(sheet.rows()).containsExactlyElementsOf(SampleDocument.expectedRows());
        assertThat(sheet.sheetName()).isEqualTo("en-ru");
        assertThat(sheet.file()).isEqualTo(xlsx);
        assertThat(sheet.manifest().worksheetId())
                .as("a random UUID made at export")
                .get()
                .asString()
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(sheet.manifest())
                .isEqualTo(
                        new Manifest(
                                1,
                                "lavrov-aliyev-2023-02-27.en-ru.xlf",
                                "a".repeat(64),
                                "b".repeat(64),
                                "ru",
                                sheet.manifest().worksheetId(),
                                SampleDocument.expectedSourceHashes(),
                                SampleDocument.expectedTranslationHashes()));
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        Path xlsx = dir.resolve("injection.xlsx");
        new WorksheetWriter()
                .write(
                        SampleDocument.document(),
                        SampleDocument.glossary(),
                        WorksheetWriterTest.OPTIONS,
                        xlsx);
        Worksheet sheet = new WorksheetReader().read(xlsx);
        WorksheetRow row =
                sheet.rows().stream().filter(r -> r.id().equals("p5.s1")).findFirst().orElseThrow();
        assertThat(row.source()).isEqualTo("-30% on tariffs, said the minister.");
        assertThat(row.target()).isEqualTo(new TargetCell.Text("=1+1 не формула"));
        assertThat(WorksheetDump.of(xlsx))
                .contains(
                        "D6 s \"=1+1 не формула\" unlocked wrap quote-prefix text-format",
                        "C7 s \"@everyone: +7 495 244-16-06.\" locked wrap quote-prefix");
    }

    @Test
    void textThatLooksLikeAnEscapeOrHoldsControlCharactersSurvivesExactly() throws IOException {
        String source = "Clause _x0041_ of\r\nthe\ttreaty\u000B, Азербайджа\u0301н  ";
        String target = "Пункт _x0041_ договора\r\nвторая строка";
        TranslationDocument doc =
                new TranslationDocument(
                        "x.en.txt",
                        Locale.ENGLISH,
                        SampleDocument.RU,
                        List.of(
                                new Unit(
                                        "p1",
                                        "body",
                                        true,
                                        List.of(
                                                SampleDocument.seg(
                                                        "p1",
                                                        1,
                                                        source,
                                                        target,
                                                        State.TRANSLATED,
                                                        "treaty:treaty")),
                                        List.of(),
                                        List.of())));
        Path xlsx = dir.resolve("escapes.xlsx");
        new WorksheetWriter().write(doc, Glossary.empty(), WorksheetWriterTest.OPTIONS, xlsx);

        WorksheetRow row = new WorksheetReader().read(xlsx).rows().get(0);

        assertThat(row.source()).as("the source, exactly, for its hash").isEqualTo(source);
        assertThat(Manifest.sourceHash(row.source())).isEqualTo(Manifest.sourceHash(source));
        assertThat(row.target())
                .isEqualTo(new TargetCell.Text("Пункт _x0041_ договора\nвторая строка"));
        assertThat(WorksheetDump.of(xlsx))
                .contains(
                        "C2 s \"Clause _x0041_ of\\r\\nthe\\t[b:treaty]\\u000B, Азербайджа\u0301н  \" locked");
    }
}
