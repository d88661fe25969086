package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import dev.attache.glossary.Concept;
import dev.attache.glossary.Glossary;
import dev.attache.glossary.Term;
import dev.attache.glossary.TermStatus;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorksheetWriterTest {
    /**
     * Set {@code -Dattache.golden.update=true} to rewrite the golden dump after a deliberate
     * change.
     */
    private static final Path GOLDEN =
            Path.of("src/test/resources/cases/worksheet-sample/worksheet.dump.txt");

    static final WorksheetOptions OPTIONS =
            new WorksheetOptions(
                    "lavrov-aliyev-2023-02-27.en-ru.xlf", "a".repeat(64), "b".repeat(64));

    @TempDir Path dir;

    @Test
    void theSampleWorksheetMatchesItsGoldenDump() throws IOException {
        Path xlsx = dir.resolve("sample.en-ru.xlsx");
        new WorksheetWriter()
                .write(SampleDocument.document(), SampleDocument.glossary(), OPTIONS, xlsx);
        String dump = WorksheetDump.of(xlsx);
        if (Boolean.getBoolean("attache.golden.update")) {
            Files.writeString(GOLDEN, dump, StandardCharsets.UTF_8);
        }
        assertThat(dump).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void writingTwiceGivesTheSameWorksheetButForItsId() throws IOException {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        new WorksheetWriter()
                .write(SampleDocument.document(), SampleDocument.glossary(), OPTIONS, first);
        new WorksheetWriter()
                .write(SampleDocument.document(), SampleDocument.glossary(), OPTIONS, second);
        assertThat(WorksheetDump.of(second)).isEqualTo(WorksheetDump.of(first));
        assertThat(new WorksheetReader().read(second).manifest().worksheetId())
                .as("but for its own random id")
                .isNotEqualTo(new WorksheetReader().read(first).manifest().worksheetId());
    }

    @Test
    void aPasswordProtectsEverySheet() throws IOException {
        Path xlsx = dir.resolve("locked.xlsx");
        new WorksheetWriter()
                .write(
                        SampleDocument.document(),
                        SampleDocument.glossary(),
                        OPTIONS.withPassword("s3cret"),
                        xlsx);
        assertThat(WorksheetDump.of(xlsx).lines().filter(l -> l.startsWith("sheet ")))
                .hasSize(5)
                .allMatch(l -> l.contains(" protected with-password"));
    }

    @Test
    void aSourceLongerThanACellHoldsIsRefusedWithItsUnitNamed() {
        String longText = "word ".repeat(7000);
        TranslationDocument doc = documentWith(new SegmentPair(new SegmentId("p9", 1), longText));
        Path xlsx = dir.resolve("long.xlsx");
        assertThatThrownBy(() -> new WorksheetWriter().write(doc, Glossary.empty(), OPTIONS, xlsx))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "lavrov-aliyev-2023-02-27.en-ru.xlf:unit p9: the source of segment p9.s1 has 35000 "
                                + "characters, more than a worksheet cell holds (32767); split the paragraph");
        assertThat(xlsx).doesNotExist();
    }

    @Test
    void aTargetOfExactlyTheCellLimitIsKeptWhole() throws IOException {
        String limit = "я".repeat(32_767);
        TranslationDocument doc =
                documentWith(
                        new SegmentPair(new SegmentId("p9", 1), "Long.")
                                .withTarget(limit, State.TRANSLATED));
        Path xlsx = dir.resolve("limit.xlsx");
        new WorksheetWriter().write(doc, Glossary.empty(), OPTIONS, xlsx);
        assertThat(new WorksheetReader().read(xlsx).rows().get(0).target())
                .isEqualTo(new TargetCell.Text(limit));
    }

    /**
     * Each row names a concept of its own, so each gets a rule: 1,500 rules, all with the one
     * format.
     */
    @Test
    void aLargeWorksheetWithManyTermWarningsReadsBack() throws IOException {
        List<Unit> units = new ArrayList<>();
        List<Concept> concepts = new ArrayList<>();
        for (int u = 1; u <= 1500; u++) {
            String number = Integer.toString(1000 + u);
            concepts.add(
                    new Concept(
                            "c" + u,
                            "diplomacy",
                            "",
                            "",
                            Map.of(
                                    "en",
                                            List.of(
                                                    new Term(
                                                            "treaty " + number,
                                                            TermStatus.PREFERRED)),
                                    "ru",
                                            List.of(
                                                    new Term(
                                                            "договор " + number,
                                                            TermStatus.PREFERRED)))));
            units.add(
                    new Unit(
                            "p" + u,
                            "body",
                            true,
                            List.of(
                                    SampleDocument.seg(
                                            "p" + u,
                                            1,
                                            "Our treaty " + number + " holds.",
                                            "",
                                            State.NEW,
                                            "c" + u + ":treaty " + number)),
                            List.of(),
                            List.of()));
        }
        TranslationDocument doc =
                new TranslationDocument("big.en.txt", Locale.ENGLISH, SampleDocument.RU, units);
        Path xlsx = dir.resolve("big.xlsx");
        new WorksheetWriter().write(doc, new Glossary(concepts), OPTIONS, xlsx);
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String sheet =
                    new String(
                            zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))
                                    .readAllBytes(),
                            StandardCharsets.UTF_8);
            assertThat(sheet.split("<cfRule ", -1))
                    .as("two rules (empty, missing term), and the text before the first")
                    .hasSize(3);
            assertThat(sheet.split("<c r=\"J[0-9]+\" s=\"[0-9]+\" t=\"b\"><f>", -1))
                    .as("a check per row, and the text before the first")
                    .hasSize(1501);
        }
        assertThat(new WorksheetReader().read(xlsx).rows()).hasSize(1500);
    }

    private static TranslationDocument documentWith(SegmentPair segment) {
        return new TranslationDocument(
                "x.en.txt",
                Locale.ENGLISH,
                SampleDocument.RU,
                List.of(new Unit("p9", "body", true, List.of(segment), List.of(), List.of())));
    }
}
