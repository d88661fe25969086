package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.InstalledApplication;
import dev.attache.deliver.DoneSegments;
import dev.attache.model.State;
import dev.attache.worksheet.WorksheetDump;
import dev.attache.xliff.FileDigest;
import dev.attache.xliff.Xliff12Schema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word document made by LibreOffice (a Heading 1, body paragraphs, bold and italic runs) through
 * Okapi's OpenXML filter: the XLIFF matches its golden file and the strict schema, bold and italics
 * are inline codes and {@code {1}…{/1}} tokens in the worksheet (golden dump), and the merged
 * {@code .ru.docx} keeps the heading style, bold and italics, and opens in LibreOffice with the
 * translation as its text (golden).
 */
class DocxDocumentTest {
    static final Path CASE = Path.of("src/test/resources/cases/lavrov-statement-2023-03-02");
    static final Path DOCX = CASE.resolve("lavrov-statement-2023-03-02.en.docx");

    @TempDir Path dir;

    private Path segment(Path docx) {
        Path xliff = dir.resolve("xliff").resolve("lavrov-statement-2023-03-02.en-ru.xlf");
        HtmlPageTest.segment(docx, xliff, DocumentChoice.byFileName());
        return xliff;
    }

    @Test
    void theDocumentBecomesXliffWithInlineCodesAndAWorksheetWithTokens() throws Exception {
        Files.createDirectories(dir.resolve("xliff"));
        Path xliff = segment(DOCX);
        if (ShippedTranscriptTest.UPDATE) {
            Files.copy(
                    xliff, CASE.resolve("expected.en-ru.xlf"), StandardCopyOption.REPLACE_EXISTING);
        }
        Xliff12Schema.validate(xliff);
        assertThat(Files.readString(xliff))
                .isEqualTo(Files.readString(CASE.resolve("expected.en-ru.xlf")))
                .contains("datatype=\"x-docx\"");

        Path worksheet = dir.resolve("sheet.xlsx");
        new ExportFlow()
                .run(
                        new ExportFlow.Request(
                                xliff,
                                worksheet,
                                new GlossaryChoice.FromFile(TranslatedFixture.GLOSSARY).load(),
                                Optional.empty(),
                                false));
        String dump =
                WorksheetDump.of(worksheet)
                        .replace(new FileDigest(xliff).sha256(), "<xliff-sha256>");
        if (ShippedTranscriptTest.UPDATE) {
            Files.writeString(CASE.resolve("worksheet.en-ru.dump.txt"), dump);
        }
        assertThat(dump)
                .isEqualTo(Files.readString(CASE.resolve("worksheet.en-ru.dump.txt")))
                .contains("{1}substantive and trust-based{/1}")
                .doesNotContain("\uE101", "\uE102", "\uE103");
    }

    @Test
    void theMergedDocumentKeepsStylesBoldAndItalicsAndOpensInLibreOffice() throws Exception {
        Path transcripts = Files.createDirectories(dir.resolve("transcripts"));
        Files.createDirectories(dir.resolve("xliff"));
        Path docx = Files.copy(DOCX, transcripts.resolve(DOCX.getFileName()));
        Path xliff = segment(docx);
        TranslatedFixture.fill(xliff, State.TRANSLATED);

        MergeFlow.Result merged =
                new MergeFlow()
                        .run(
                                new MergeFlow.Request(
                                        xliff,
                                        Optional.empty(),
                                        Optional.empty(),
                                        transcripts,
                                        DoneSegments.TRANSLATED,
                                        false,
                                        false,
                                        false));

        assertThat(merged.output())
                .isEqualTo(transcripts.resolve("lavrov-statement-2023-03-02.ru.docx"));
        String body = part(merged.output(), "word/document.xml");
        assertThat(body)
                .contains(
                        "w:val=\"Heading1\"",
                        "substantive and trust-based",
                        "<w:b/>",
                        "<w:i/>",
                        "» [ru]");
        assertThat(body)
                .as("the rendered speaker label in the original's bold run")
                .containsPattern(
                        Pattern.compile(
                                "<w:r>(?:(?!</w:r>).)*<w:b/>(?:(?!</w:r>).)*<w:t[^>]*>С\\.В\\.Лавров:</w:t></w:r>",
                                Pattern.DOTALL))
                .doesNotContain("Sergey Lavrov:");
        assertThat(styleIds(part(merged.output(), "word/styles.xml")))
                .containsExactly(
                        "Normal", "Heading1", "Heading", "TextBody", "List", "Caption", "Index")
                .isEqualTo(styleIds(part(DOCX, "word/styles.xml")));

        InstalledApplication.require("soffice", "libreoffice-writer");
        Path out = Files.createDirectories(dir.resolve("text"));
        InstalledApplication.run(
                List.of(
                        "soffice",
                        "-env:UserInstallation=file://" + dir.resolve("profile"),
                        "--headless",
                        "--convert-to",
                        "txt:Text (encoded):UTF8",
                        "--outdir",
                        out.toString(),
                        merged.output().toString()),
                dir);
        String text =
                Files.readString(
                                out.resolve("lavrov-statement-2023-03-02.ru.txt"),
                                StandardCharsets.UTF_8)
                        .replace("\uFEFF", "")
                        .replace("\r\n", "\n");
        Path golden = CASE.resolve("merged.ru.libreoffice.txt");
        if (ShippedTranscriptTest.UPDATE) {
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertThat(text)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8))
                .contains("С.В.Лавров: «We agreed to continue");
    }

    private static List<String> styleIds(String styles) {
        return Pattern.compile("w:styleId=\"([^\"]+)\"")
                .matcher(styles)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    private static String part(Path docx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile());
                InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
