package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir Path dir;

    private Document report(Path xliff) throws Exception {
        Path page = dir.resolve("report.html");
        CliRun run = CliRun.of("report", xliff.toString(), "-o", page.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("wrote " + page + ": 1 files, 5 QA findings\n");
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    @Test
    void barsShowTheSegmentsAndWordsOfEachStateInProportion() throws Exception {
        Document page = report(ReportFixture.translatedXliff(dir));

        List<Element> bars = page.select("section#d1 figure.bar");
        assertThat(bars).hasSize(2);
        Element segments = bars.get(0);
        assertThat(segments.attr("data-total")).isEqualTo("27");
        assertThat(segments.select("rect"))
                .extracting(r -> r.className() + "=" + r.attr("data-value") + "@" + r.attr("width"))
                .containsExactly(
                        "state-new=24@533.33",
                        "state-translated=1@22.22",
                        "state-needs-review=1@22.22",
                        "state-final=1@22.22");
        assertThat(segments.select("rect"))
                .extracting(r -> r.attr("x"))
                .containsExactly("0.00", "533.33", "555.56", "577.78");
        Element words = bars.get(1);
        long total = Long.parseLong(words.attr("data-total"));
        assertThat(total).isEqualTo(532);
        for (Element rect : words.select("rect")) {
            assertThat(Double.parseDouble(rect.attr("width")))
                    .isCloseTo(
                            600.0 * Long.parseLong(rect.attr("data-value")) / total, offset(0.01));
        }
        assertThat(page.select("section#d1 tr[data-state=final] td").eachText())
                .containsExactly("final", "1", "2", "2");
        assertThat(page.selectFirst("section#d1 p.words-translated").text())
                .matches(
                        "Words translated: \\d+ of 532 source words \\(\\d+\\.\\d %\\), \\d+ target words\\.");
    }

    @Test
    void findingsAreGroupedByCheckAndKindAndLinkToTheirUnits() throws Exception {
        Document page = report(ReportFixture.translatedXliff(dir));

        assertThat(page.select("section#d1 section.finding-check").eachAttr("data-check"))
                .containsExactly("mechanical", "terms");
        assertThat(
                        page.select(
                                        "section#d1 section.finding-check[data-check=terms] section.finding-kind")
                                .eachAttr("data-kind"))
                .containsExactly("deprecated-term", "missing-term");
        assertThat(page.select("section#d1 section.finding-kind").eachAttr("data-kind"))
                .containsExactly("punctuation", "deprecated-term", "missing-term");
        assertThat(page.select("section.finding-kind[data-kind=missing-term] li").eachText())
                .anySatisfy(
                        t ->
                                assertThat(t)
                                        .startsWith(
                                                "p5.s1: term \"President of the Russian Federation\""))
                .anySatisfy(t -> assertThat(t).startsWith("p5.s2: term \"allied interaction\""));
        assertThat(page.select("section.finding-kind[data-kind=deprecated-term] li").eachText())
                .containsExactly(
                        "p5.s2: \"союзного взаимодействия\" is a form of the deprecated term "
                                + "\"союзное взаимодействие\": use \"союзническое взаимодействие\"");
        List<Element> links = page.select("section.finding-kind a");
        assertThat(links)
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.attr("href")).isEqualTo("#d1-p5"));
        Element unit = page.getElementById("d1-p5");
        assertThat(unit).isNotNull();
        assertThat(unit.select("tbody tr").eachAttr("id")).containsExactly("d1-p5.s1", "d1-p5.s2");
        assertThat(unit.select("tr#d1-p5\\.s2 td").get(1).text()).isEqualTo("needs review");
    }

    @Test
    void coverageNamesTheRenderingsUsedAndTheDeprecatedOnesThatSlippedIn() throws Exception {
        Document page = report(ReportFixture.translatedXliff(dir));

        Element allied = page.selectFirst("section#d1 tr[data-concept=c-allied-interaction]");
        assertThat(allied).isNotNull();
        assertThat(allied.select("td").stream().map(Element::text))
                .containsExactly(
                        "c-allied-interaction",
                        "allied interaction",
                        "1",
                        "1",
                        "0",
                        "",
                        "союзное взаимодействие ×1");
        assertThat(page.select("section#d1 section.coverage h3").text())
                .matches("Glossary coverage: \\d+ concepts");
    }

    @Test
    void textThatLooksLikeMarkupStaysText() throws Exception {
        Path xliff = ReportFixture.translatedXliff(dir);
        Document page = report(xliff);

        assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("tr#d1-p5\\.s1 td").get(3).text()).isEqualTo(ReportFixture.P5_S1);
        assertThat(Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8))
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;");
    }

    @Test
    void thePageLoadsNothingFromAnywhere() throws Exception {
        Document page = report(ReportFixture.translatedXliff(dir));

        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .matches("default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'");
        assertThat(page.select("[src], link[href]")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).startsWith("#"));
        assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    }

    @Test
    void anExistingPageIsReplacedOnlyWithForce() throws Exception {
        Path xliff = ReportFixture.translatedXliff(dir);
        Path page = Files.writeString(dir.resolve("report.html"), "mine", StandardCharsets.UTF_8);

        CliRun refused = CliRun.of("report", xliff.toString(), "-o", page.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).startsWith("error: " + page + ": exists: run again with --force");
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo("mine");

        CliRun forced = CliRun.of("report", xliff.toString(), "-o", page.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(dir.resolve("report.html.bak"), StandardCharsets.UTF_8))
                .isEqualTo("mine");
        assertThat(Jsoup.parse(page.toFile(), "UTF-8").title()).isEqualTo("Translation report");
    }

    @Test
    void aBadFileWritesNothing() throws Exception {
        Path good = ReportFixture.translatedXliff(dir);
        Path bad =
                Files.writeString(
                        dir.resolve("bad.xlf"),
                        "<xliff version=\"1.2\"><file",
                        StandardCharsets.UTF_8);
        Path page = dir.resolve("report.html");

        CliRun run = CliRun.of("report", good.toString(), bad.toString(), "-o", page.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("error: " + bad + ":1:");
        assertThat(page).doesNotExist();
    }

    @Test
    void withoutAGlossaryThePageShowsProgressOnly() throws Exception {
        Path xliff = ReportFixture.translatedXliff(dir);
        Path page = dir.resolve("report.html");
        CliRun run = CliRun.of("report", xliff.toString(), "-o", page.toString(), "--no-glossary");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        assertThat(html.select("section#d1 figure.bar")).hasSize(2);
        assertThat(html.select("section.findings, section.coverage")).isEmpty();
        assertThat(html.selectFirst("p.glossary").text())
                .isEqualTo("No glossary applied: no term QA (the other checks only), no coverage.");
    }
}
