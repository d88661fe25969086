package dev.attache.reimport;

import static dev.attache.reimport.ImportFixture.EXPORT_SHA;
import static dev.attache.reimport.ImportFixture.document;
import static dev.attache.reimport.ImportFixture.edit;
import static dev.attache.reimport.ImportFixture.export;
import static dev.attache.reimport.ImportFixture.type;
import static dev.attache.reimport.ImportFixture.withRows;
import static dev.attache.reimport.ImportFixture.withSource;
import static dev.attache.reimport.ImportFixture.xliff;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.worksheet.TargetCell;
import dev.attache.worksheet.Worksheet;
import dev.attache.worksheet.WorksheetRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportReportWriterTest {
    @TempDir Path dir;

    @Test
    void theReportHoldsEveryRowsVerdictAndParsesBack() throws IOException {
        Worksheet sheet =
                type(
                        export(document()),
                        "p1.s1",
                        "Совместная пресс-конференция «Россия — Азербайджан»");
        sheet = edit(sheet, "p2.s1", r -> withSource(r, "Good evening."));
        List<WorksheetRow> rows = new ArrayList<>(sheet.rows());
        rows.remove(2);
        rows.add(new WorksheetRow(9, "p9.s1", "", new TargetCell.Text("?"), "", ""));
        ImportResult result =
                new Reconciler()
                        .reconcile(
                                xliff(document(), EXPORT_SHA),
                                withRows(sheet, rows),
                                ImportOptions.defaults());
        Path report = dir.resolve("reports/import.json");

        new ImportReportWriter().write(result, java.util.Map.of(), XliffWrite.WRITTEN, report);

        JsonNode json =
                new ObjectMapper()
                        .readTree(
                                Files.readString(report, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(json.path("format").asText()).isEqualTo("attache-import-report");
        assertThat(json.path("version").asInt()).isEqualTo(2);
        JsonNode counts = json.path("counts");
        assertThat(counts.path("applied").asInt()).isEqualTo(1);
        assertThat(counts.path("unchanged").asInt()).isEqualTo(2);
        assertThat(counts.path("empty").asInt()).isZero();
        assertThat(counts.path("rejected").asInt()).isEqualTo(2);
        assertThat(counts.path("conflicts").asInt()).isZero();
        assertThat(counts.path("warnings").asInt()).isEqualTo(1);

        JsonNode rowsJson = json.path("rows");
        assertThat(rowsJson).hasSize(5);
        JsonNode applied = rowsJson.get(0);
        assertThat(applied.path("location").asText()).isEqualTo("worksheets/x.en-ru.xlsx!en-ru:2");
        assertThat(applied.path("row").asInt()).isEqualTo(2);
        assertThat(applied.path("segment").asText()).isEqualTo("p1.s1");
        assertThat(applied.path("verdict").asText()).isEqualTo("applied");
        assertThat(applied.path("changes"))
                .extracting(JsonNode::asText)
                .containsExactly("target", "state");
        assertThat(applied.path("state").asText()).isEqualTo("translated");
        assertThat(applied.path("issues")).isEmpty();

        JsonNode edited = rowsJson.get(1);
        assertThat(edited.path("verdict").asText()).isEqualTo("rejected");
        assertThat(edited.path("state").asText()).isEqualTo("new");
        JsonNode issue = edited.path("issues").get(0);
        assertThat(issue.path("kind").asText()).isEqualTo("source-edited");
        assertThat(issue.path("severity").asText()).isEqualTo("error");
        assertThat(issue.path("location").asText()).isEqualTo("worksheets/x.en-ru.xlsx!en-ru:3");
        assertThat(issue.path("message").asText())
                .isEqualTo(
                        "the source text of 'p2.s1' was edited in the worksheet; the row was not imported");

        JsonNode unknown = rowsJson.get(4);
        assertThat(unknown.path("segment").asText()).isEqualTo("p9.s1");
        assertThat(unknown.has("state")).isFalse();
        assertThat(unknown.path("issues").get(0).path("kind").asText()).isEqualTo("unknown-id");

        JsonNode sheetIssues = json.path("sheetIssues");
        assertThat(sheetIssues).hasSize(1);
        assertThat(sheetIssues.get(0).path("kind").asText()).isEqualTo("missing-row");
        assertThat(sheetIssues.get(0).path("location").asText())
                .isEqualTo("worksheets/x.en-ru.xlsx!en-ru");
        assertThat(sheetIssues.get(0).path("severity").asText()).isEqualTo("warning");

        try (var left = Files.list(report.getParent())) {
            assertThat(left).containsExactly(report);
        }
    }
}
