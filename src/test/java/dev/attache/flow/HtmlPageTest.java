package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.transcript.TranscriptOptions;
import dev.attache.worksheet.WorksheetDump;
import dev.attache.xliff.FileDigest;
import dev.attache.xliff.Xliff12Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved ministry page (navigation, header, an article with a title, a dateline, a bold speaker
 * label, italics and a link, a footer, a script) segmented with the shipped glossary: the XLIFF
 * matches its golden file and the strict schema, only the article is in it, bold, italics and the
 * link are inline codes, and its worksheet matches the golden dump, with the codes as {@code
 * {1}…{/1}} tokens. {@code -Dattache.golden.update=true} rewrites the goldens.
 */
class HtmlPageTest {
    static final Path CASE = Path.of("src/test/resources/cases/lavrov-press-2023-03-02");
    static final Path PAGE = CASE.resolve("lavrov-press-2023-03-02.en.html");

    @TempDir Path dir;

    static SegmentFlow.Result segment(Path page, Path output, DocumentChoice document) {
        var request =
                new SegmentFlow.Request(
                        page,
                        List.of(Locale.forLanguageTag("ru")),
                        Optional.of(output),
                        output.getParent(),
                        TranscriptOptions.defaults(),
                        Optional.empty(),
                        false,
                        new GlossaryChoice.FromFile(Path.of("glossary/diplomatic-terms.tbx")),
                        XliffChoice.unchanged(),
                        new MemoryChoice.None(),
                        document);
        return new SegmentFlow().run(request);
    }

    @Test
    void theArticleBecomesXliffWithInlineCodesMatchingTheGoldenFileAndTheSchema() throws Exception {
        Path written = dir.resolve("lavrov-press-2023-03-02.en-ru.xlf");
        SegmentFlow.Result result = segment(PAGE, written, DocumentChoice.byFileName());
        Path golden = CASE.resolve("expected.en-ru.xlf");
        if (ShippedTranscriptTest.UPDATE) {
            Files.copy(written, golden, StandardCopyOption.REPLACE_EXISTING);
        }

        Xliff12Schema.validate(written);
        assertThat(Files.readString(written)).isEqualTo(Files.readString(golden));
        String xliff = Files.readString(written);
        assertThat(xliff)
                .contains(
                        "datatype=\"html\"",
                        "<seg-source><ph id=\"1\" ctype=\"x-speaker\" equiv-text=\"{1}Sergey Lavrov:{/1} \">{1}Sergey Lavrov:{/1} "
                                + "</ph><mrk mid=\"s1\" mtype=\"seg\">The Western delegations",
                        "<ph id=\"1\" ctype=\"x-speaker\" equiv-text=\"{1}Вопрос:{/1} \">{1}Вопрос:{/1} </ph><mrk mid=\"s1\"",
                        "<bpt id=\"2\" ctype=\"x-attache\"></bpt>statement of the Russian Foreign Ministry<ept id=\"2\"></ept>",
                        "<note from=\"attache-original\">sha256:"
                                + new FileDigest(PAGE).sha256()
                                + "</note>");
        assertThat(xliff)
                .doesNotContain(
                        "Foreign policy", "Contacts", "dataLayer", "Coat of arms", "\uE101");
        assertThat(result.readingNotice()).isEmpty();
    }

    @Test
    void theWorksheetShowsInlineCodesAsTokensAndMatchesItsGoldenDump() throws Exception {
        Path xliff = dir.resolve("lavrov-press-2023-03-02.en-ru.xlf");
        segment(PAGE, xliff, DocumentChoice.byFileName());
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
        Path golden = CASE.resolve("worksheet.en-ru.dump.txt");
        if (ShippedTranscriptTest.UPDATE) {
            Files.writeString(golden, dump);
        }

        assertThat(dump).isEqualTo(Files.readString(golden));
        assertThat(dump)
                .contains(
                        "C9 s \"The Western delegations",
                        "I9 s \"С.В.Лавров\" locked",
                        "C7 s \"How do you assess",
                        "I7 s \"Вопрос\" locked")
                .doesNotContain("\uE101", "\uE102", "Question:");
    }
}
