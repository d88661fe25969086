package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.InstalledApplication;
import dev.attache.model.Note;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.qa.QaCheck;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.xliff.XliffFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole translator workflow on the shipped transcript: {@code prepare}, a real spreadsheet
 * application fills or re-saves the worksheet, {@code import} brings it back. Every typed target
 * must arrive in the XLIFF exactly.
 */
class TranslatorRoundTripTest {
    private static final Path FILL =
            Path.of("src/test/resources/dev/attache/worksheet/fill_worksheet.py");
    private static final String NAME = "lavrov-aliyev-2023-02-27.en-ru";

    @TempDir Path dir;
    private Path xliff;
    private Path worksheet;

    @BeforeEach
    void prepare() {
        var segment =
                new SegmentFlow.Request(
                        ShippedTranscriptTest.TRANSCRIPT,
                        List.of(Locale.forLanguageTag("ru")),
                        Optional.empty(),
                        dir.resolve("xliff"),
                        TranscriptOptions.defaults(),
                        Optional.empty(),
                        false,
                        new GlossaryChoice.FromFile(Path.of("glossary/diplomatic-terms.tbx")));
        new PrepareFlow()
                .run(
                        new PrepareFlow.Request(
                                List.of(segment),
                                dir.resolve("worksheets"),
                                Optional.empty(),
                                false));
        xliff = dir.resolve("xliff").resolve(NAME + ".xlf");
        worksheet = dir.resolve("worksheets").resolve(NAME + ".xlsx");
    }

    private ImportFlow.Result importSheet(Path sheet) {
        return new ImportFlow()
                .run(
                        new ImportFlow.Request(
                                sheet,
                                Optional.empty(),
                                dir.resolve("xliff"),
                                new GlossaryChoice.FromFile(
                                        Path.of("glossary/diplomatic-terms.tbx")),
                                QaCheck.all(),
                                Optional.empty(),
                                false,
                                false,
                                false,
                                false,
                                Optional.empty()));
    }

    @Test
    void theUnchangedWorksheetImportsAsAnIdentity() throws IOException {
        byte[] before = Files.readAllBytes(xliff);
        ImportFlow.Result result = importSheet(worksheet);

        assertThat(result.reconciled().issues()).isEmpty();
        assertThat(result.reconciled().counts().applied()).isZero();
        assertThat(result.written()).isFalse();
        assertThat(Files.readAllBytes(xliff)).isEqualTo(before);
    }

    @Test
    void aTranslatedXliffExportsAndImportsUnchangedAsAnIdentity() throws IOException {
        TranslationDocument document = XliffFiles.read(xliff);
        var units =
                document.units().stream()
                        .map(
                                unit ->
                                        unit.translatable()
                                                ? unit.withSegments(
                                                        unit.segments().stream()
                                                                .map(
                                                                        s ->
                                                                                s.withTarget(
                                                                                        "RU "
                                                                                                + s
                                                                                                        .source(),
                                                                                        s.id().number()
                                                                                                        == 1
                                                                                                ? State
                                                                                                        .FINAL
                                                                                                : s.id().number()
                                                                                                                == 2
                                                                                                        ? State
                                                                                                                .NEEDS_REVIEW
                                                                                                        : State
                                                                                                                .TRANSLATED))
                                                                .toList())
                                                : unit)
                        .toList();
        units =
                units.stream()
                        .map(
                                u ->
                                        u.id().equals("p5")
                                                ? u.withNotes(
                                                        java.util.stream.Stream.concat(
                                                                        u.notes().stream(),
                                                                        java.util.stream.Stream.of(
                                                                                new Note(
                                                                                        "translator",
                                                                                        "p5.s1: checked")))
                                                                .toList())
                                                : u)
                        .toList();
        XliffFiles.write(document.withUnits(units), xliff, false);
        new ExportFlow()
                .run(
                        new ExportFlow.Request(
                                xliff,
                                worksheet,
                                new GlossaryChoice.FromFile(
                                                Path.of("glossary/diplomatic-terms.tbx"))
                                        .load(),
                                Optional.empty(),
                                true));
        byte[] before = Files.readAllBytes(xliff);
        assertThat(new String(before, StandardCharsets.UTF_8)).contains("x-attache-segment-states");

        ImportFlow.Result result = importSheet(worksheet);

        assertThat(result.reconciled().issues()).isEmpty();
        assertThat(result.reconciled().counts().unchanged()).isEqualTo(27);
        assertThat(result.written()).isFalse();
        assertThat(Files.readAllBytes(xliff)).isEqualTo(before);
    }

    @Test
    void everyTargetTypedInLibreOfficeArrivesExactly() throws Exception {
        InstalledApplication.require("soffice", "libreoffice-calc python3-uno");
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(
                "p1.s1",
                "Вступительное слово Министра иностранных дел Сергея Лаврова на встрече с Президентом "
                        + "Азербайджанской Республики Ильхамом Алиевым, Баку, 27 февраля 2023 года");
        typed.put("p2.s1", "27 февраля 2023 года 20:59");
        typed.put("p4.s1", "Господин Алиев,");
        typed.put(
                "p5.s2",
                "Он лично уделяет пристальное внимание развитию нашего союзного взаимодействия.");
        typed.put("p6.s1", "0012");
        typed.put("p6.s2", "=1+1");
        StringBuilder edits = new StringBuilder();
        typed.forEach(
                (id, text) -> edits.append(id).append("\tTarget (ru)\t").append(text).append('\n'));
        edits.append("p4.s1\tStatus\tFinal\n")
                .append("p6.s2\tStatus\tNeeds review\n")
                .append("p1.s1\tComment\tТитул сверен с сайтом МИД\n");
        Path editFile = Files.writeString(dir.resolve("edits.tsv"), edits, StandardCharsets.UTF_8);
        Path filled = dir.resolve("filled.xlsx");
        InstalledApplication.run(
                List.of(
                        "/usr/bin/python3",
                        FILL.toAbsolutePath().toString(),
                        worksheet.toString(),
                        filled.toString(),
                        editFile.toString()),
                dir);

        ImportFlow.Result result = importSheet(filled);

        assertThat(result.reconciled().issues()).isEmpty();
        assertThat(result.reconciled().counts().applied()).isEqualTo(typed.size());
        TranslationDocument imported = XliffFiles.read(xliff);
        typed.forEach(
                (id, text) -> assertThat(segment(imported, id).target()).as(id).isEqualTo(text));
        assertThat(segment(imported, "p4.s1").state()).isEqualTo(State.FINAL);
        assertThat(segment(imported, "p6.s2").state()).isEqualTo(State.NEEDS_REVIEW);
        assertThat(segment(imported, "p2.s1").state())
                .as("New with a target")
                .isEqualTo(State.TRANSLATED);
        assertThat(imported.unit("p1").orElseThrow().notes())
                .contains(new Note("translator", "p1.s1: Титул сверен с сайтом МИД"));
        assertThat(result.qaFindings()).extracting(f -> f.segment().toString()).contains("p5.s2");
        assertThat(imported.unit("p5").orElseThrow().notes())
                .anyMatch(
                        n ->
                                n.from().equals("qa")
                                        && n.text().startsWith("p5.s2: ")
                                        && n.text().contains("союзное взаимодействие"));
        assertThat(Path.of(xliff + ".bak")).exists();

        ImportFlow.Result again = importSheet(filled);
        assertThat(again.reconciled().counts().applied())
                .as("the second import changes nothing")
                .isZero();
        assertThat(again.written()).isFalse();
    }

    @Test
    void aWorksheetResavedByGnumericImportsExactly() throws Exception {
        InstalledApplication.require("ssconvert", "gnumeric");
        Path resaved = dir.resolve("resaved.xlsx");
        InstalledApplication.run(
                List.of(
                        "ssconvert",
                        "--export-type=Gnumeric_Excel:xlsx2",
                        worksheet.toString(),
                        resaved.toString()),
                dir);
        byte[] before = Files.readAllBytes(xliff);

        ImportFlow.Result result = importSheet(resaved);

        assertThat(result.reconciled().issues()).isEmpty();
        assertThat(result.written()).isFalse();
        assertThat(Files.readAllBytes(xliff)).isEqualTo(before);
    }

    private static SegmentPair segment(TranslationDocument document, String id) {
        return document.segment(SegmentId.parse(id)).orElseThrow();
    }
}
