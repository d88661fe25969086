package dev.attache.transcript.realpages;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.attache.flow.GlossaryChoice;
import dev.attache.flow.SegmentFlow;
import dev.attache.model.SegmentPair;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.transcript.SpeakerLabels;
import dev.attache.transcript.TranscriptOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code prepare} makes of a real page, in the gold's terms: it runs the segment flow's plan
 * (the same reading, classification and segmentation, the boilerplate kept so that every line is
 * accounted for) and reads titles, datelines, chrome lines (the lines of the paragraphs that are
 * not translated), speaker labels with their persons, and the segments of the translated paragraphs
 * off the document it built.
 */
record PageReading(
        List<String> titles,
        List<String> datelines,
        List<String> chrome,
        List<String> labels,
        List<String> persons,
        List<String> segments) {
    /** The gold writes every dash that opens an interview's turn as "-". */
    private static final Pattern DASH = Pattern.compile("[-–—]");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    PageReading {
        titles = List.copyOf(titles);
        datelines = List.copyOf(datelines);
        chrome = List.copyOf(chrome);
        labels = List.copyOf(labels);
        persons = List.copyOf(persons);
        segments = List.copyOf(segments);
    }

    static PageReading of(GoldPage page, Path workDir) {
        Path copy = workDir.resolve("page.en.txt");
        try {
            Files.copy(page.text(), copy, StandardCopyOption.REPLACE_EXISTING);
            var request =
                    new SegmentFlow.Request(
                            copy,
                            List.of(Locale.forLanguageTag("ru")),
                            Optional.empty(),
                            workDir,
                            TranscriptOptions.defaults(),
                            Optional.empty(),
                            true,
                            new GlossaryChoice.None());
            TranslationDocument document =
                    new SegmentFlow().plan(request).written().get(0).document();
            return of(document, lines(Files.readString(page.text(), UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PageReading of(TranslationDocument document, List<String> lines) {
        List<String> titles = new ArrayList<>();
        List<String> datelines = new ArrayList<>();
        List<String> chrome = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        int line = 0;
        for (Unit unit : document.units()) {
            int first = line;
            line = afterLinesOf(unit.sourceParagraph(), lines, line);
            if (!unit.translatable()) {
                chrome.addAll(lines.subList(first, line));
                continue;
            }
            if (unit.kind().equals("title")) {
                titles.add(unit.sourceParagraph());
            } else if (unit.kind().equals("dateline")) {
                datelines.add(unit.sourceParagraph());
            }
            unit.speaker()
                    .ifPresent(
                            speaker -> {
                                String label =
                                        DASH.matcher(speaker.label()).matches()
                                                ? "-"
                                                : speaker.label();
                                labels.add(label);
                                persons.add(
                                        label
                                                + " | "
                                                + SpeakerLabels.person(speaker.label())
                                                        .orElse("-"));
                            });
            unit.segments().stream()
                    .map(SegmentPair::source)
                    .map(String::strip)
                    .forEach(segments::add);
        }
        return new PageReading(titles, datelines, chrome, labels, persons, segments);
    }

    /**
     * The index after the lines that make up {@code paragraph}, starting at {@code from}, compared
     * without whitespace (a speaker label is rebuilt with one space after its colon or dash,
     * whatever the page had).
     */
    private static int afterLinesOf(String paragraph, List<String> lines, int from) {
        String target = WHITESPACE.matcher(paragraph).replaceAll("");
        StringBuilder joined = new StringBuilder();
        int line = from;
        while (line < lines.size() && joined.length() < target.length()) {
            joined.append(WHITESPACE.matcher(lines.get(line++)).replaceAll(""));
        }
        if (!joined.toString().equals(target)) {
            throw new IllegalStateException(
                    "the paragraph '"
                            + paragraph
                            + "' is not the lines "
                            + from
                            + " to "
                            + line
                            + " of the page: '"
                            + joined
                            + "'");
        }
        return line;
    }

    /** The page's lines that are not blank, stripped as the reader strips them. */
    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
