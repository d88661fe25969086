package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.InstalledApplication;
import dev.attache.model.SegmentPair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice Calc opens a prepared worksheet, a translator's typing goes in, Calc saves it as
 * .xlsx.
 */
class LibreOfficeRoundTripTest {
    private static final Path SCRIPT =
            Path.of("src/test/resources/dev/attache/worksheet/fill_worksheet.py");
    private static final String TARGET = "Target (ru)";

    @TempDir Path dir;

    @Test
    void everyTypedTargetArrivesExactly() throws IOException, InterruptedException {
        InstalledApplication.require("soffice", "libreoffice-calc-nogui python3-uno");
        Path prepared = dir.resolve("sample.en-ru.xlsx");
        new WorksheetWriter()
                .write(
                        SampleDocument.document(),
                        SampleDocument.glossary(),
                        WorksheetWriterTest.OPTIONS,
                        prepared);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(
                "p1.s1",
                "Вступительное слово Министра иностранных дел Сергея Лаврова на встрече с Президентом "
                        + "Азербайджанской Республики Ильхамом Алиевым, Баку, 27 февраля 2023 года");
        typed.put("p3.s1", "2022");
        typed.put("p4.s1", "0012");
        typed.put("p4.s2", "=1+1");
        typed.put("p5.s2", "+7 495 244-16-06");
        typed.put(
                "p6.s1",
                "Декларация о союзническом взаимодействии\nмежду Российской Федерацией и "
                        + "Азербайджанской Республикой");
        StringBuilder edits = new StringBuilder();
        typed.forEach((id, text) -> edits.append(edit(id, TARGET, text)));
        edits.append(edit("p1.s1", "Status", "Translated"))
                .append(edit("p4.s2", "Status", "Needs review"))
                .append(edit("p6.s1", "Status", "Final"))
                .append(edit("p1.s1", "Comment", "Проверьте титул"))
                .append(edit("p1.s1", "Source (en)", "Tampered with."));
        Path filled = dir.resolve("filled.xlsx");

        String log = fill(prepared, edits.toString(), filled);

        Worksheet sheet = new WorksheetReader().read(filled);
        Map<String, WorksheetRow> rows =
                sheet.rows().stream()
                        .collect(
                                Collectors.toMap(
                                        WorksheetRow::id, r -> r, (a, b) -> a, LinkedHashMap::new));
        assertThat(rows.keySet())
                .containsExactly("p1.s1", "p3.s1", "p4.s1", "p4.s2", "p5.s1", "p5.s2", "p6.s1");
        typed.forEach(
                (id, text) ->
                        assertThat(rows.get(id).target())
                                .as(id)
                                .isEqualTo(new TargetCell.Text(text)));
        assertThat(rows.get("p5.s1").target()).isEqualTo(new TargetCell.Text("=1+1 не формула"));
        assertThat(rows.get("p1.s1").status()).isEqualTo("Translated");
        assertThat(rows.get("p4.s2").status()).isEqualTo("Needs review");
        assertThat(rows.get("p6.s1").status()).isEqualTo("Final");
        assertThat(rows.get("p3.s1").status()).isEqualTo("Final");
        assertThat(rows.get("p1.s1").comment()).isEqualTo("Проверьте титул");
        for (SegmentPair segment : SampleDocument.document().translatableSegments().toList()) {
            assertThat(rows.get(segment.id().toString()).source())
                    .as("the locked source of " + segment.id())
                    .isEqualTo(segment.source());
        }
        assertThat(sheet.manifest().sourceHashes()).hasSize(7);
        assertThat(report(log, "warning"))
                .as("the missing-term warnings, as Calc evaluates them")
                .containsExactly(
                        Map.entry("p1.s1", "0"),
                        Map.entry("p4.s1", "1"),
                        Map.entry("p4.s2", "1"),
                        Map.entry("p6.s1", "0"));
        Map<String, String> progress = expectedProgress(sheet);
        assertThat(report(log, "progress-shown"))
                .as("Progress as shown while typing")
                .isEqualTo(progress);
        assertThat(report(log, "progress-recalculated"))
                .as("Progress recalculated")
                .isEqualTo(progress);
        assertThat(report(log, "chart-shown"))
                .as("the bars of the Progress chart while typing")
                .containsExactly(
                        Map.entry("Status New", "1"), Map.entry("Status Translated", "2"),
                        Map.entry("Status Needs review", "2"), Map.entry("Status Final", "2"));
    }

    /**
     * Three rows have a missing-term check, read by one rule; Calc evaluates each against its own
     * target (it recalculates the sheet on opening it), as its HTML export shows: rose for the one
     * translated without the term, yellow for the empty one, neither for the one with the term.
     */
    @Test
    void eachRowWithATermGetsItsOwnWarning() throws IOException, InterruptedException {
        InstalledApplication.require("soffice", "libreoffice-calc");
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

        InstalledApplication.run(
                List.of(
                        "soffice",
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--convert-to",
                        "html",
                        "--outdir",
                        dir.toString(),
                        prepared.toString()),
                dir);

        Map<String, String> shown = new LinkedHashMap<>();
        ExportedTargetCells.byRowNumber(dir.resolve("allied.en-ru.html"))
                .forEach(
                        (row, cell) ->
                                shown.put(
                                        row,
                                        switch (cell.attr("bgcolor").toUpperCase(Locale.ROOT)) {
                                            case "#FF99CC" -> "rose";
                                            case "#FFFF99" -> "yellow";
                                            default -> "plain " + cell.attr("bgcolor");
                                        }));
        assertThat(shown)
                .containsExactly(
                        Map.entry("1", "plain "),
                        Map.entry("2", "plain "),
                        Map.entry("3", "rose"),
                        Map.entry("4", "yellow"));
    }

    /**
     * A translator types into two of three rows with a missing-term check: Calc warns on each row
     * that lacks the term.
     */
    @Test
    void targetsTypedIntoRowsWithATermAreEachChecked() throws IOException, InterruptedException {
        InstalledApplication.require("soffice", "libreoffice-calc-nogui python3-uno");
        Path prepared = dir.resolve("allied.en-ru.xlsx");
        new WorksheetWriter()
                .write(
                        SampleDocument.rowsSharingARule(),
                        SampleDocument.glossary(),
                        WorksheetWriterTest.OPTIONS,
                        prepared);

        String log =
                fill(
                        prepared,
                        edit("p1.s1", TARGET, "Он уделяет пристальное внимание нашим отношениям.")
                                + edit("p2.s2", TARGET, "Союзническое взаимодействие наших стран."),
                        dir.resolve("filled.xlsx"));

        assertThat(report(log, "warning"))
                .as("the missing-term warnings, as Calc evaluates them")
                .containsExactly(
                        Map.entry("p1.s1", "1"), Map.entry("p2.s1", "1"), Map.entry("p2.s2", "0"));
    }

    /**
     * Has Calc type the edits into the prepared worksheet and save it as {@code filled}; the
     * script's report.
     */
    private String fill(Path prepared, String edits, Path filled)
            throws IOException, InterruptedException {
        Path editFile = dir.resolve("edits.tsv");
        Files.writeString(editFile, edits, StandardCharsets.UTF_8);
        String log =
                InstalledApplication.run(
                        List.of(
                                "/usr/bin/python3",
                                SCRIPT.toAbsolutePath().toString(),
                                prepared.toString(),
                                filled.toString(),
                                editFile.toString()),
                        dir);
        System.out.println("LibreOffice typed:\n" + log);
        return log;
    }

    private static Map<String, String> expectedProgress(Worksheet sheet) {
        int sourceWords =
                sheet.rows().stream().mapToInt(r -> ProgressSheet.wordCount(r.source())).sum();
        int targetWords =
                sheet.rows().stream()
                        .mapToInt(r -> ProgressSheet.wordCount(r.target().shown()))
                        .sum();
        Map<String, String> progress = new LinkedHashMap<>();
        progress.put("Segments", "7");
        progress.put("Segments translated", "7");
        progress.put("Segments still empty", "0");
        progress.put("Share translated", "100%");
        progress.put("Source words", Integer.toString(sourceWords));
        progress.put("Source words translated", Integer.toString(sourceWords));
        progress.put("Target words", Integer.toString(targetWords));
        progress.put(ProgressSheet.EXACT_WORDS, "0");
        progress.put(ProgressSheet.FUZZY_WORDS, "0");
        progress.put(ProgressSheet.NEW_WORDS, Integer.toString(sourceWords));
        progress.put("Status New", "1");
        progress.put("Status Translated", "2");
        progress.put("Status Needs review", "2");
        progress.put("Status Final", "2");
        return progress;
    }

    /** The script's report lines of one kind: kind, key, value. */
    private static Map<String, String> report(String log, String kind) {
        Map<String, String> lines = new LinkedHashMap<>();
        log.lines()
                .map(l -> l.split("\t", -1))
                .filter(f -> f.length == 3 && f[0].equals(kind))
                .forEach(f -> lines.put(f[1], f[2]));
        return lines;
    }

    private static String edit(String id, String column, String text) {
        return id
                + "\t"
                + column
                + "\t"
                + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
                + "\n";
    }
}
