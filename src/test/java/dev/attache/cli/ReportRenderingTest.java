package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page as Chromium renders it: what its DOM holds after loading, and what its screenshot
 * shows.
 */
class ReportRenderingTest {
    /** The colours of report.css for the four states, in the order of the bar. */
    private static final Map<String, Integer> STATE_COLOURS = new LinkedHashMap<>();

    static {
        STATE_COLOURS.put("new", 0x9e9e9e);
        STATE_COLOURS.put("translated", 0x1e88e5);
        STATE_COLOURS.put("needs-review", 0xfb8c00);
        STATE_COLOURS.put("final", 0x43a047);
    }

    @TempDir Path dir;

    private Path page() {
        Path page = dir.resolve("report.html");
        CliRun run =
                CliRun.of(
                        "report",
                        ReportFixture.translatedXliff(dir).toString(),
                        "-o",
                        page.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return page;
    }

    @Test
    void everyLinkOfTheRenderedPageLeadsToAnElementOfIt() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require(dir);
        HeadlessChromium.Output output = chromium.dumpDom(page());

        Document rendered = Jsoup.parse(output.stdout());
        assertThat(rendered.title()).isEqualTo("Translation report");
        assertThat(rendered.select("section.finding-kind a")).hasSize(5);
        for (Element link : rendered.select("a[href]")) {
            String href = link.attr("href");
            assertThat(href).startsWith("#");
            assertThat(rendered.getElementById(href.substring(1)))
                    .as("the target of " + href)
                    .isNotNull();
        }
        assertThat(rendered.select("section#d1 figure.bar svg rect")).hasSize(8);
        assertThat(rendered.select("script")).isEmpty();
        assertThat(output.consoleMessages()).isEmpty();
    }

    @Test
    void theSegmentBarShowsEachStateInProportionWithItsColour() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require(dir);
        Path png = dir.resolve("report.png");
        HeadlessChromium.Output output = chromium.screenshot(page(), png);

        assertThat(output.consoleMessages())
                .as("no Content-Security-Policy violation, no failed load")
                .isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        Map<String, Integer> bar = firstBarRow(image);
        // 27 segments on 600 pixels: 24 new, 1 translated, 1 needs review, 1 final; a pixel either
        // way at an edge
        assertThat(bar.get("new")).isCloseTo(533, within(2));
        assertThat(bar.get("translated")).isCloseTo(22, within(2));
        assertThat(bar.get("needs-review")).isCloseTo(22, within(2));
        assertThat(bar.get("final")).isCloseTo(22, within(2));
    }

    @Test
    void aStyleSheetOtherThanThePagesOwnIsRefused() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require(dir);
        Path page = page();
        Path tampered = dir.resolve("tampered.html");
        Files.writeString(
                tampered,
                Files.readString(page, StandardCharsets.UTF_8)
                        .replace(".state-new { fill: #9e9e9e;", ".state-new { fill: #000000;"),
                StandardCharsets.UTF_8);
        Path png = dir.resolve("tampered.png");

        HeadlessChromium.Output output = chromium.screenshot(tampered, png);

        assertThat(output.consoleMessages())
                .anySatisfy(m -> assertThat(m).contains("Content Security Policy"));
        assertThat(firstBarRow(ImageIO.read(png.toFile())).values())
                .as("no state colour without the style sheet")
                .containsOnly(0);
    }

    /**
     * The pixels of each state colour in the first row of the screenshot where they add up to the
     * bar's width (600), or zeros when no row does.
     */
    private static Map<String, Integer> firstBarRow(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            STATE_COLOURS.keySet().forEach(state -> counts.put(state, 0));
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                STATE_COLOURS.forEach(
                        (state, colour) -> {
                            if (colour == rgb) {
                                counts.merge(state, 1, Integer::sum);
                            }
                        });
            }
            int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
            if (sum >= 590) {
                return counts;
            }
        }
        Map<String, Integer> none = new LinkedHashMap<>();
        STATE_COLOURS.keySet().forEach(state -> none.put(state, 0));
        return none;
    }
}
