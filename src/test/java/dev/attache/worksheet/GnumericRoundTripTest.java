package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.InstalledApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gnumeric re-saves a worksheet (with inline strings instead of shared ones); nothing is lost on
 * the way back.
 */
class GnumericRoundTripTest {
    @TempDir Path dir;

    @Test
    void aWorksheetResavedByGnumericReadsBackUnchanged() throws IOException, InterruptedException {
        InstalledApplication.require("ssconvert", "gnumeric");
        Path prepared = dir.resolve("sample.en-ru.xlsx");
        new WorksheetWriter()
                .write(
                        SampleDocument.document(),
                        SampleDocument.glossary(),
                        WorksheetWriterTest.OPTIONS,
                        prepared);
        Path resaved = dir.resolve("resaved.xlsx");

        InstalledApplication.run(
                List.of(
                        "ssconvert",
                        "--export-type=Gnumeric_Excel:xlsx2",
                        prepared.toString(),
                        resaved.toString()),
                dir);

        try (ZipFile zip = new ZipFile(resaved.toFile())) {
            String sheetXml =
                    new String(
                            zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))
                                    .readAllBytes(),
                            StandardCharsets.UTF_8);
            assertThat(sheetXml)
                    .as("Gnumeric writes inline strings")
                    .contains("t=\"inlineStr\"")
                    .contains("союзническое взаимодействие");
        }
        Worksheet sheet = new WorksheetReader().read(resaved);
        assertThat(sheet.rows()).containsExactlyElementsOf(SampleDocument.expectedRows());
        assertThat(sheet.manifest().sourceHashes())
                .isEqualTo(SampleDocument.expectedSourceHashes());
        assertThat(sheet.manifest().translationHashes())
                .isEqualTo(SampleDocument.expectedTranslationHashes());
    }

    /**
     * Three rows share one missing-term rule; Gnumeric checks each against its own target, as its
     * HTML export shows: the warning's dark red on the one translated without the term only (the
     * export leaves out the fills).
     */
    @Test
    void rowsSharingAMissingTermRuleEachGetTheirOwnWarning()
            throws IOException, InterruptedException {
        InstalledApplication.require("ssconvert", "gnumeric");
        Path prepared = dir.resolve("allied.en-ru.xlsx");
        new WorksheetWriter()
                .write(
                        SampleDocument.rowsSharingARule(),
                        SampleDocument.glossary(),
                        WorksheetWriterTest.OPTIONS,
                        prepared);
        assertThat(WorksheetDump.of(prepared))
                .as("one rule for the three rows with the term")
                .containsOnlyOnce("conditional D2,D4:D5 =AND(LEN(TRIM($D2))>0,");
        Path html = dir.resolve("allied.html");

        InstalledApplication.run(
                List.of(
                        "ssconvert",
                        "--export-type=Gnumeric_html:html40",
                        prepared.toString(),
                        html.toString()),
                dir);

        Map<String, Boolean> darkRed = new LinkedHashMap<>();
        ExportedTargetCells.byRowNumber(html)
                .forEach(
                        (row, cell) ->
                                darkRed.put(
                                        row,
                                        cell.attr("style")
                                                .replace(" ", "")
                                                .contains("color:#800000")));
        assertThat(darkRed)
                .containsExactly(
                        Map.entry("1", false),
                        Map.entry("2", false),
                        Map.entry("3", true),
                        Map.entry("4", false));
    }
}
