package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The Target cells of a translation sheet that a spreadsheet application exported to HTML, as it
 * shows them: its HTML export applies the conditional formats to each cell's colours, which is how
 * a test sees the warnings.
 */
final class ExportedTargetCells {
    private static final String TARGET = "Target (ru)";

    private ExportedTargetCells() {}

    /**
     * Each row's Target cell ({@code <td>}) in the exported page, by the row's number (the {@code
     * #} column).
     */
    static Map<String, Element> byRowNumber(Path html) throws IOException {
        Element table =
                Jsoup.parse(html.toFile()).select("table").stream()
                        .filter(
                                t ->
                                        t.select("tr")
                                                .first()
                                                .select("td")
                                                .eachText()
                                                .contains(TARGET))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "no table with a "
                                                        + TARGET
                                                        + " column in "
                                                        + html));
        List<Element> rows = table.select("tr");
        List<String> headers = rows.get(0).select("td").eachText();
        int number = headers.indexOf("#");
        int target = headers.indexOf(TARGET);
        assertThat(number).as("the # column of " + headers).isNotNegative();
        Map<String, Element> cells = new LinkedHashMap<>();
        for (Element row : rows.subList(1, rows.size())) {
            List<Element> tds = row.select("td");
            if (tds.size() > target && !tds.get(number).text().isBlank()) {
                cells.put(tds.get(number).text(), tds.get(target));
            }
        }
        return cells;
    }
}
