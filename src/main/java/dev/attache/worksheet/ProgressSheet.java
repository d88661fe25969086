package dev.attache.worksheet;

import dev.attache.model.SegmentPair;
import dev.attache.model.TargetOrigin;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The Progress sheet: formulas over the translation sheet that count segments and words as the
 * translator works. Each formula also carries the value it has at export, computed here the way the
 * formula computes it, because LibreOffice shows a formula's stored value until something it
 * depends on changes. The source words of the segments by what the memory gave them at export
 * (exact, fuzzy, none) are plain figures. The rows by status are also drawn as a bar chart ({@link
 * ProgressChart}).
 */
final class ProgressSheet {
    static final String EXACT_WORDS = "Source words, exact memory match";
    static final String FUZZY_WORDS = "Source words, fuzzy memory match";
    static final String NEW_WORDS = "Source words, no memory match";

    private final SideSheets side;
    private final CellStyles styles;

    ProgressSheet(SideSheets side, CellStyles styles) {
        this.side = side;
        this.styles = styles;
    }

    void write(SXSSFSheet sheet, String translationSheet, List<SegmentPair> segments) {
        side.header(sheet, List.of("Measure", "Value"), new int[] {36, 14});
        int lastRow = Math.max(segments.size(), 1) + 1;
        String q = "'" + translationSheet.replace("'", "''") + "'!$";
        String ids = q + "B$2:$B$" + lastRow;
        String source = q + "C$2:$C$" + lastRow;
        String target = q + "D$2:$D$" + lastRow;
        String status = q + "E$2:$E$" + lastRow;
        String filled = "(LEN(TRIM(" + target + "))>0)";
        int all = segments.size();
        int[] sourceWords = segments.stream().mapToInt(s -> wordCount(s.source())).toArray();
        int done = count(segments, s -> filled(s.target()) ? 1 : 0);
        int r = 1;
        formula(sheet.createRow(r++), "Segments", "COUNTA(" + ids + ")", all, styles.locked);
        formula(
                sheet.createRow(r++),
                "Segments translated",
                "SUMPRODUCT(--" + filled + ")",
                done,
                styles.locked);
        formula(sheet.createRow(r++), "Segments still empty", "B2-B3", all - done, styles.locked);
        formula(
                sheet.createRow(r++),
                "Share translated",
                "IF(B2=0,0,B3/B2)",
                all == 0 ? 0 : (double) done / all,
                styles.percent);
        formula(
                sheet.createRow(r++),
                "Source words",
                "SUMPRODUCT(" + wordsIn(source) + ")",
                IntStream.of(sourceWords).sum(),
                styles.locked);
        formula(
                sheet.createRow(r++),
                "Source words translated",
                "SUMPRODUCT(" + filled + "*" + wordsIn(source) + ")",
                sourceWords(segments, sourceWords, s -> filled(s.target())),
                styles.locked);
        formula(
                sheet.createRow(r++),
                "Target words",
                "SUMPRODUCT(" + wordsIn(target) + ")",
                count(segments, s -> wordCount(s.target())),
                styles.locked);
        value(
                sheet.createRow(r++),
                EXACT_WORDS,
                sourceWords(segments, sourceWords, s -> s.origin() == TargetOrigin.EXACT_MATCH));
        value(
                sheet.createRow(r++),
                FUZZY_WORDS,
                sourceWords(
                        segments,
                        sourceWords,
                        s -> s.origin() != TargetOrigin.EXACT_MATCH && !s.matches().isEmpty()));
        value(
                sheet.createRow(r++),
                NEW_WORDS,
                sourceWords(
                        segments,
                        sourceWords,
                        s -> s.origin() != TargetOrigin.EXACT_MATCH && s.matches().isEmpty()));
        int firstStatusRow = r;
        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        Map<WorksheetStatus, Integer> statuses = new EnumMap<>(WorksheetStatus.class);
        segments.forEach(s -> statuses.merge(WorksheetStatus.of(s.state()), 1, Integer::sum));
        for (WorksheetStatus choice : WorksheetStatus.values()) {
            labels.add("Status " + choice.label());
            counts.add(statuses.getOrDefault(choice, 0));
            formula(
                    sheet.createRow(r++),
                    labels.get(labels.size() - 1),
                    "COUNTIF(" + status + ",\"" + choice.label() + "\")",
                    counts.get(counts.size() - 1),
                    styles.locked);
        }
        ProgressChart.addTo(sheet, firstStatusRow, r - 1, labels, counts);
        PrintLayout.TABLE.applyTo(sheet);
        side.protect(sheet);
    }

    /**
     * Words of each cell of a range: spaces and line breaks separate them; an empty cell has none.
     */
    private static String wordsIn(String range) {
        String text = "TRIM(SUBSTITUTE(" + range + ",CHAR(10),\" \"))";
        return "(LEN("
                + text
                + ")>0)*(LEN("
                + text
                + ")-LEN(SUBSTITUTE("
                + text
                + ",\" \",\"\"))+1)";
    }

    /**
     * What {@link #wordsIn(String)} computes for one text: TRIM removes only spaces, and joins
     * their runs.
     */
    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean separator = text.charAt(i) == ' ' || text.charAt(i) == '\n';
            if (!separator && !inWord) {
                words++;
            }
            inWord = !separator;
        }
        return words;
    }

    /** Whether a cell has more than spaces, as {@code TRIM} sees it. */
    private static boolean filled(String text) {
        return text.chars().anyMatch(c -> c != ' ');
    }

    private static int count(List<SegmentPair> segments, ToIntFunction<SegmentPair> measure) {
        return segments.stream().mapToInt(measure).sum();
    }

    /**
     * The source words of the segments {@code which} takes; {@code words} holds each segment's, in
     * order.
     */
    private static int sourceWords(
            List<SegmentPair> segments, int[] words, Predicate<SegmentPair> which) {
        return IntStream.range(0, words.length)
                .filter(i -> which.test(segments.get(i)))
                .map(i -> words[i])
                .sum();
    }

    /** A figure fixed at export: the memory's matches do not change while the translator works. */
    private void value(Row row, String label, int value) {
        SideSheets.cell(row, 0, label, styles.locked);
        Cell cell = row.createCell(1);
        cell.setCellValue(value);
        cell.setCellStyle(styles.locked);
        side.fit(row);
    }

    private void formula(Row row, String label, String formula, double value, CellStyle style) {
        SideSheets.cell(row, 0, label, styles.locked);
        Cell cell = row.createCell(1);
        cell.setCellFormula(formula);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        side.fit(row);
    }
}
