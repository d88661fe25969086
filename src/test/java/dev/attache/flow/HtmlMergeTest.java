package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import dev.attache.InstalledApplication;
import dev.attache.deliver.DoneSegments;
import dev.attache.model.State;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ministry page, prepared, translated and merged back: {@code transcripts/…ru.html} keeps every
 * tag, attribute and link of the original, the header, navigation, footer and script as they were,
 * with the translation in the article's place; LibreOffice opens it and its text is the golden one.
 * An original changed since prepare is refused unless accepted ({@code --accept-changed-original}).
 */
class HtmlMergeTest {
    @TempDir Path dir;
    private Path transcripts;
    private Path page;
    private Path xliff;

    @BeforeEach
    void preparedAndTranslated() throws IOException {
        transcripts = Files.createDirectories(dir.resolve("transcripts"));
        page = Files.copy(HtmlPageTest.PAGE, transcripts.resolve(HtmlPageTest.PAGE.getFileName()));
        xliff =
                Files.createDirectories(dir.resolve("xliff"))
                        .resolve("lavrov-press-2023-03-02.en-ru.xlf");
        HtmlPageTest.segment(page, xliff, DocumentChoice.byFileName());
        TranslatedFixture.fill(xliff, State.TRANSLATED);
    }

    private MergeFlow.Result merge(boolean changedOriginalAccepted) {
        return new MergeFlow()
                .run(
                        new MergeFlow.Request(
                                xliff,
                                Optional.empty(),
                                Optional.empty(),
                                transcripts,
                                DoneSegments.TRANSLATED,
                                false,
                                false,
                                changedOriginalAccepted));
    }

    @Test
    void theTranslationTakesTheArticlesPlaceAndEverythingElseStays() throws IOException {
        MergeFlow.Result result = merge(false);

        assertThat(result.output())
                .isEqualTo(transcripts.resolve("lavrov-press-2023-03-02.ru.html"));
        String merged = Files.readString(result.output(), StandardCharsets.UTF_8);
        assertThat(merged)
                .contains(
                        "<p><b>С.В.Лавров:</b> «The Western delegations tried to turn the discussion into a farce.» [ru] "
                                + "«Our position is set out in detail in the <a href=\"https://mid.ru/en/foreign_policy/news/"
                                + "1856700/\" title=\"«Statement of 1 March 2023» [ru]\">statement of the Russian Foreign "
                                + "Ministry</a>.» [ru]</p>",
                        "<p>«We have just concluded the <i>G20 Foreign Ministers’ Meeting</i>.» [ru]",
                        "<p><b>Вопрос:</b> «How do you assess the results of the meeting?» [ru]</p>",
                        "<html lang=\"ru\">");
        Document original = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        Document translated = Jsoup.parse(merged);
        for (String part :
                List.of("header", "nav", "footer", "script", "head > link", "head > title")) {
            assertThat(translated.select(part).outerHtml())
                    .as(part)
                    .isEqualTo(original.select(part).outerHtml());
        }
        assertThat(translated.select("a[href]").eachAttr("href"))
                .isEqualTo(original.select("a[href]").eachAttr("href"));
        assertThat(
                        translated.getAllElements().stream()
                                .map(
                                        e ->
                                                e.tagName()
                                                        + e.attributes().asList().stream()
                                                                .map(a -> a.getKey())
                                                                .toList())
                                .toList())
                .isEqualTo(
                        original.getAllElements().stream()
                                .map(
                                        e ->
                                                e.tagName()
                                                        + e.attributes().asList().stream()
                                                                .map(a -> a.getKey())
                                                                .toList())
                                .toList());
    }

    @Test
    void libreOfficeOpensTheMergedPageAndReadsTheTranslation() throws Exception {
        InstalledApplication.require("soffice", "libreoffice-writer");
        Path merged = merge(false).output();
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
                        merged.toString()),
                dir);
        String text =
                Files.readString(
                                out.resolve("lavrov-press-2023-03-02.ru.txt"),
                                StandardCharsets.UTF_8)
                        .replace("\uFEFF", "")
                        .replace("\r\n", "\n");
        Path golden = HtmlPageTest.CASE.resolve("merged.ru.libreoffice.txt");
        if (ShippedTranscriptTest.UPDATE) {
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }

        assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(text)
                .contains("С.В.Лавров: «The Western delegations", "Foreign policy", "Contacts");
    }

    @Test
    void anOriginalChangedSincePrepareIsRefusedUnlessForced() throws IOException {
        Files.writeString(
                page, Files.readString(page).replace("Ladies and gentlemen,", "Dear colleagues,"));

        assertThatThrownBy(() -> merge(false))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("has changed since")
                .hasMessageContaining("--accept-changed-original");
        assertThat(transcripts.resolve("lavrov-press-2023-03-02.ru.html")).doesNotExist();
        assertThat(merge(true).written()).isTrue();
    }

    @Test
    void aTranslationThatLostAnInlineCodeIsRefusedAndNothingIsWritten() throws IOException {
        String lost =
                Files.readString(xliff)
                        .replaceFirst(
                                "(<target[^>]*>(?:(?!</target>).)*?)<ept id=\"1\"></ept>", "$1");
        assertThat(lost).isNotEqualTo(Files.readString(xliff));
        Files.writeString(xliff, lost);

        assertThatThrownBy(() -> merge(false))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("does not keep the source's inline codes");
        assertThat(transcripts.resolve("lavrov-press-2023-03-02.ru.html")).doesNotExist();
    }
}
