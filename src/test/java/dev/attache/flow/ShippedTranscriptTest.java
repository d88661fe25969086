package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.transcript.TranscriptOptions;
import dev.attache.worksheet.WorksheetDump;
import dev.attache.xliff.FileDigest;
import dev.attache.xliff.Xliff12Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped transcript, segmented with the shipped glossary: the output matches the golden XLIFF
 * file, is valid against the XLIFF 1.2 strict schema, its worksheet matches the golden text dump,
 * and the committed {@code xliff/} files are what {@code attache segment} writes over them now
 * (their translations kept). Run with {@code -Dattache.golden.update=true} to rewrite both.
 */
class ShippedTranscriptTest {
    static final Path TRANSCRIPT = Path.of("transcripts/lavrov-aliyev-2023-02-27.en.txt");
    static final Path CASE = Path.of("src/test/resources/cases/lavrov-aliyev-2023-02-27");
    static final boolean UPDATE = Boolean.getBoolean("attache.golden.update");

    @TempDir Path dir;

    private Path segment(String lang, Path output) {
        var request =
                new SegmentFlow.Request(
                        TRANSCRIPT,
                        List.of(Locale.forLanguageTag(lang)),
                        Optional.of(output),
                        dir,
                        TranscriptOptions.defaults(),
                        Optional.empty(),
                        false,
                        new GlossaryChoice.FromFile(Path.of("glossary/diplomatic-terms.tbx")));
        new SegmentFlow().run(request);
        return output;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "az"})
    void freshSegmentationMatchesTheGoldenFileAndTheSchema(String lang) throws Exception {
        Path written = segment(lang, dir.resolve("fresh.xlf"));
        Path golden = CASE.resolve("expected.en-" + lang + ".xlf");
        if (UPDATE) {
            Files.copy(written, golden, StandardCopyOption.REPLACE_EXISTING);
        }

        Xliff12Schema.validate(written);
        assertThat(Files.readString(written)).isEqualTo(Files.readString(golden));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "az"})
    void theWorksheetMatchesItsGoldenDump(String lang) throws Exception {
        Path xliff = segment(lang, dir.resolve("lavrov-aliyev-2023-02-27.en-" + lang + ".xlf"));
        Path worksheet = dir.resolve("sheet.xlsx");
        new ExportFlow()
                .run(
                        new ExportFlow.Request(
                                xliff,
                                worksheet,
                                new GlossaryChoice.FromFile(
                                                Path.of("glossary/diplomatic-terms.tbx"))
                                        .load(),
                                Optional.empty(),
                                false));
        String dump =
                WorksheetDump.of(worksheet)
                        .replace(new FileDigest(xliff).sha256(), "<xliff-sha256>");
        Path golden = CASE.resolve("worksheet.en-" + lang + ".dump.txt");
        if (UPDATE) {
            Files.writeString(golden, dump);
        }

        assertThat(dump).isEqualTo(Files.readString(golden));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "az"})
    void committedXliffIsCurrent(String lang) throws IOException {
        Path committed = Path.of("xliff/lavrov-aliyev-2023-02-27.en-" + lang + ".xlf");
        Path copy = dir.resolve(committed.getFileName());
        if (Files.exists(committed)) {
            Files.copy(committed, copy);
        }
        segment(lang, copy);
        if (UPDATE) {
            Files.copy(copy, committed, StandardCopyOption.REPLACE_EXISTING);
        }

        assertThat(Files.readString(copy))
                .as("%s is stale: run mvn test -Dattache.golden.update=true", committed)
                .isEqualTo(Files.readString(committed));
    }
}
