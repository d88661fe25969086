package dev.attache.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.deliver.DocumentWordCount;
import dev.attache.deliver.WordTally;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.qa.ExpectedRendering;
import dev.attache.qa.MissingTerm;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ProgressPageTest {
    private static Document render(ProgressReport report) throws Exception {
        var out = new ByteArrayOutputStream();
        new ProgressPage().write(report, out);
        return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    }

    /**
     * A document of {@code units} one-segment units, all translated, each missing the same term.
     */
    private static DocumentReport missingEverywhere(int units) {
        WordTally tally = new WordTally(units, 3L * units, 3L * units);
        var words =
                new DocumentWordCount(
                        Locale.ENGLISH,
                        Locale.forLanguageTag("ru"),
                        tally,
                        Map.of(State.TRANSLATED, tally),
                        Map.of("body", tally));
        List<FlaggedSegment> flagged =
                IntStream.rangeClosed(1, units)
                        .mapToObj(
                                i ->
                                        new FlaggedSegment(
                                                "p" + i,
                                                new SegmentPair(
                                                        SegmentId.parse("p" + i + ".s1"),
                                                        "our allied interaction",
                                                        "наше взаимодействие",
                                                        State.TRANSLATED,
                                                        List.of()),
                                                List.of(
                                                        new MissingTerm(
                                                                "allied-interaction",
                                                                "allied interaction",
                                                                new ExpectedRendering(
                                                                        "союзническое взаимодействие",
                                                                        List.of()),
                                                                List.of()))))
                        .toList();
        return new DocumentReport("x.en-ru.xlf", "x.en.txt", words, flagged, List.of());
    }

    @Test
    void aLongListOfFindingsStopsAtItsLimitAndSaysHowManyMore() throws Exception {
        int units = FindingsSection.LISTED_PER_KIND + 7;
        Document page =
                render(
                        new ProgressReport(
                                Optional.of("terms.tbx"), List.of(missingEverywhere(units))));

        assertThat(page.selectFirst("section.finding-check[data-check=terms] h4").text())
                .isEqualTo("terms (" + units + ")");
        assertThat(page.selectFirst("section.finding-kind h5").text())
                .isEqualTo("missing-term (" + units + ")");
        assertThat(page.select("section.finding-kind li.finding"))
                .hasSize(FindingsSection.LISTED_PER_KIND);
        assertThat(page.selectFirst("section.finding-kind li.more").text())
                .isEqualTo("… and 7 more: attache qa lists every one");
        assertThat(page.select("article.unit")).hasSize(FindingsSection.LISTED_PER_KIND);
        assertThat(page.select("td.number").eachText()).contains(Integer.toString(units));
    }

    @Test
    void theWholePageIsWrittenWithItsDoctypeAndPolicy() throws Exception {
        var out = new ByteArrayOutputStream();
        new ProgressPage()
                .write(new ProgressReport(Optional.empty(), List.of(missingEverywhere(2))), out);
        String html = out.toString(StandardCharsets.UTF_8);

        assertThat(html).startsWith("<!doctype html>").endsWith("</html>");
        assertThat(
                        Jsoup.parse(html)
                                .selectFirst("meta[http-equiv=Content-Security-Policy]")
                                .attr("content"))
                .isEqualTo(HtmlReportPage.CONTENT_SECURITY_POLICY);
    }
}
