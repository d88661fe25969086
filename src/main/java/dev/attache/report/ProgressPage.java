package dev.attache.report;

import dev.attache.deliver.DocumentWordCount;
import dev.attache.deliver.WordTally;
import dev.attache.model.State;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.jsoup.nodes.Element;

/**
 * Writes the {@code report} page: a summary table of every file, then per file (one document in one
 * language, with the anchor {@code d1}, {@code d2}, …) the progress by state as two stacked bars
 * (segments and source words), the words translated, the QA findings grouped by kind with links to
 * the flagged units (anchors {@code d1-p5}), and the glossary coverage.
 */
public final class ProgressPage {
    static final String TITLE = "Translation report";

    public void write(ProgressReport report, OutputStream out) throws IOException {
        HtmlReportPage page = new HtmlReportPage(TITLE);
        Element body = page.body();
        body.appendElement("p")
                .addClass("glossary")
                .text(
                        report.glossary()
                                .map(origin -> "Glossary: " + origin + ".")
                                .orElse(
                                        "No glossary applied: no term QA (the other checks only), no coverage."));
        summary(body, report.documents());
        for (int i = 0; i < report.documents().size(); i++) {
            document(body, report.documents().get(i), anchor(i), report.glossary().isPresent());
        }
        page.writeTo(out);
    }

    private static String anchor(int index) {
        return "d" + (index + 1);
    }

    private static void summary(Element body, List<DocumentReport> documents) {
        Element section = body.appendElement("section").id("summary");
        section.appendElement("h2").text("Summary");
        Element table = section.appendElement("table").addClass("summary");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Document");
        head.appendElement("th").text("Language");
        for (String column :
                List.of("Segments", "Done", "Source words translated", "QA findings")) {
            head.appendElement("th").addClass("number").text(column);
        }
        Element rows = table.appendElement("tbody");
        for (int i = 0; i < documents.size(); i++) {
            DocumentReport document = documents.get(i);
            DocumentWordCount words = document.words();
            Element row = rows.appendElement("tr");
            row.appendElement("td")
                    .appendElement("a")
                    .attr("href", "#" + anchor(i))
                    .text(document.original());
            row.appendElement("td").text(words.languagePair());
            row.appendElement("td")
                    .addClass("number")
                    .text(Integer.toString(words.total().segments()));
            row.appendElement("td")
                    .addClass("number")
                    .text(
                            StackedBar.percent(
                                    words.total().segments()
                                            - words.byState().get(State.NEW).segments(),
                                    words.total().segments()));
            row.appendElement("td")
                    .addClass("number")
                    .text(translatedWords(words) + " of " + words.total().sourceWords());
            row.appendElement("td")
                    .addClass("number")
                    .text(Integer.toString(document.findingCount()));
        }
    }

    private static void document(
            Element body, DocumentReport document, String anchor, boolean glossary) {
        Element section =
                body.appendElement("section")
                        .addClass("document")
                        .id(anchor)
                        .attr("data-language", document.words().languagePair());
        section.appendElement("h2")
                .text(document.original() + " (" + document.words().languagePair() + ")");
        section.appendElement("p").addClass("file").text("File: " + document.file());
        progress(section, document.words());
        if (glossary) {
            new FindingsSection(anchor).append(section, document.flagged());
            CoverageTable.append(section, document.coverage());
        }
    }

    private static void progress(Element section, DocumentWordCount words) {
        Element progress = section.appendElement("section").addClass("progress");
        progress.appendElement("h3").text("Progress by state");
        StackedBar.append(progress, "Segments", "segments", parts(words, WordTally::segments));
        StackedBar.append(
                progress, "Source words (GMX-V)", "words", parts(words, WordTally::sourceWords));
        long translated = translatedWords(words);
        progress.appendElement("p")
                .addClass("words-translated")
                .text(
                        String.format(
                                Locale.ROOT,
                                "Words translated: %d of %d source words (%s), %d target words.",
                                translated,
                                words.total().sourceWords(),
                                StackedBar.percent(translated, words.total().sourceWords()),
                                words.total().targetWords()));
        Element table = progress.appendElement("table").addClass("by-state");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("State");
        for (String column : List.of("Segments", "Source words", "Target words")) {
            head.appendElement("th").addClass("number").text(column);
        }
        Element rows = table.appendElement("tbody");
        words.byState()
                .forEach(
                        (state, tally) -> {
                            Element row =
                                    rows.appendElement("tr").attr("data-state", cssName(state));
                            row.appendElement("td").text(state.label());
                            row.appendElement("td")
                                    .addClass("number")
                                    .text(Integer.toString(tally.segments()));
                            row.appendElement("td")
                                    .addClass("number")
                                    .text(Long.toString(tally.sourceWords()));
                            row.appendElement("td")
                                    .addClass("number")
                                    .text(Long.toString(tally.targetWords()));
                        });
    }

    /** The source words of every segment that is not new: translated, needing review or final. */
    private static long translatedWords(DocumentWordCount words) {
        return words.total().sourceWords() - words.byState().get(State.NEW).sourceWords();
    }

    private static List<StackedBar.Part> parts(
            DocumentWordCount words, ToLongFunction<WordTally> figure) {
        return words.byState().entrySet().stream()
                .map(
                        e ->
                                new StackedBar.Part(
                                        "state-" + cssName(e.getKey()),
                                        e.getKey().label(),
                                        figure.applyAsLong(e.getValue())))
                .toList();
    }

    /** {@code needs-review}. */
    static String cssName(State state) {
        return state.label().replace(' ', '-');
    }
}
