package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.xliff.SegmentPair;
import dev.attache.xliff.TranslationDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorksheetRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everySegmentComesBackAsItWasWritten() throws IOException {
        TranslationDocument doc = SampleDocument.document();
        Path xlsx = dir.resolve("sample.en-ru.xlsx");
        new WorksheetWriter().write(doc, SampleDocument.glossary(), WorksheetWriterTest.OPTIONS, xlsx);

        Worksheet sheet = new WorksheetReader().read(xlsx);

        List<WorksheetRow> expected = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        List<SegmentPair> segments = doc.translatableSegments().toList();
        for (int i = 0; i < segments.size(); i++) {
            SegmentPair s = segments.get(i);
            expected.add(new WorksheetRow(i + 2, s.id().toString(), s.source(), new TargetCell.Text(s.target()),
                    WorksheetStatus.of(s.state()).label(), ""));
            hashes.put(s.id().toString(), Manifest.sha256(s.source()));
        }
        assertThat(sheet.rows()).containsExactlyElementsOf(expected);
        assertThat(sheet.sheetName()).isEqualTo("en-ru");
        assertThat(sheet.file()).isEqualTo(xlsx);
        assertThat(sheet.manifest()).isEqualTo(new Manifest(1, "lavrov-aliyev-2023-02-27.en-ru.xlf", "a".repeat(64),
                "b".repeat(64), "ru", hashes));
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        Path xlsx = dir.resolve("injection.xlsx");
        new WorksheetWriter().write(SampleDocument.document(), SampleDocument.glossary(), WorksheetWriterTest.OPTIONS,
                xlsx);
        Worksheet sheet = new WorksheetReader().read(xlsx);
        WorksheetRow row = sheet.rows().stream().filter(r -> r.id().equals("p5.s1")).findFirst().orElseThrow();
        assertThat(row.source()).isEqualTo("-30% on tariffs, said the minister.");
        assertThat(row.target()).isEqualTo(new TargetCell.Text("=1+1 не формула"));
        assertThat(WorksheetDump.of(xlsx)).contains("D6 s \"=1+1 не формула\" unlocked wrap quote-prefix text-format",
                "C7 s \"@everyone: +7 495 244-16-06.\" locked wrap quote-prefix");
    }
}
