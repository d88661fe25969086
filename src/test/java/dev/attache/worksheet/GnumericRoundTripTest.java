package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.InstalledApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
     * Three rows have a missing-term check; Gnumeric's HTML export shows the warning's dark red on
     * the one translated without the term only (the export leaves out the fills): both as the sheet
     * was written (Gnumeric shows the checks' stored values) and with every cell recalculated
     * (Gnumeric's own evaluation of each row's check).
     */
    @Test
    void eachRowWithATermGetsItsOwnWarning() throws IOException, InterruptedException {
        InstalledApplication.require("ssconvert", "gnumeric");
        Path prepared = dir.resolve("allied.en-ru.xlsx");
        new WorksheetWriter()
                .write(
                        SampleDocument.rowsSharingARule(),
                        SampleDocument.glossary(),
                        WorksheetWriterTest.OPTIONS,
                        prepared);
        assertThat(WorksheetDump.of(prepared))
                .as("a check in the hidden column of each row with the term, one rule reading them")
                .contains("J2 f =AND(LEN(TRIM($D2))>0,", "J4 f =AND(LEN(TRIM($D4))>0,")
                .contains("J5 f =AND(LEN(TRIM($D5))>0,")
                .doesNotContain("J3 ")
                .containsOnlyOnce("conditional D2:D5 =$J2 ");

        for (List<String> options : List.of(List.<String>of(), List.of("--recalc"))) {
            assertThat(darkRedTargets(prepared, options))
                    .as("ssconvert " + options)
                    .containsExactly(
                            Map.entry("1", false),
                            Map.entry("2", false),
                            Map.entry("3", true),
                            Map.entry("4", false));
        }
    }

    /** Whether each Target cell is dark red in Gnumeric's HTML export, by row number. */
    private Map<String, Boolean> darkRedTargets(Path xlsx, List<String> options)
            throws IOException, InterruptedException {
        Path html = dir.resolve("allied" + options.size() + ".html");
        List<String> command = new ArrayList<>(List.of("ssconvert"));
        command.addAll(options);
        command.addAll(
                List.of("--export-type=Gnumeric_html:html40", xlsx.toString(), html.toString()));
        InstalledApplication.run(command, dir);
        Map<String, Boolean> darkRed = new LinkedHashMap<>();
        ExportedTargetCells.byRowNumber(html)
                .forEach(
                        (row, cell) ->
                                darkRed.put(
                                        row,
                                        cell.attr("style")
                                                .replace(" ", "")
                                                .contains("color:#800000")));
        return darkRed;
    }
}
