package dev.attache.bench;

import dev.attache.glossary.Glossary;
import dev.attache.glossary.GlossaryFiles;
import dev.attache.glossary.TermMatcher;
import dev.attache.model.TermHit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The plain way to do {@code prepare -t ru} with the same libraries, the yardstick of issue 26:
 * Okapi's extraction with our SRX rules ({@link OkapiExtractionBaseline#extract}: plain-text
 * filter, segmenter, XLIFFWriter), our glossary's {@link TermMatcher} over each segment, and a POI
 * {@link SXSSFWorkbook} written as POI's documentation shows it (a window of 100 rows, {@code
 * write}, {@code dispose}), its shared strings table on so that a cell keeps its bold runs. The
 * sheet has the worksheet's rows and columns (#, ID, Source with each term in bold dark blue,
 * Target, Status, Glossary with a line per concept, TM, Comment, Speaker) and nothing else: no row
 * heights, no conditional formats, no drop-down, no protection, no side sheets, no manifest. Run in
 * a fresh JVM: {@code java -Xmx512m -cp <test class path> dev.attache.bench.NaivePrepareBaseline
 * TRANSCRIPT OUT.xlf OUT.xlsx}.
 */
public final class NaivePrepareBaseline {
    private static final String[] HEADERS = {
        "#", "ID", "Source (en)", "Target (ru)", "Status", "Glossary", "TM", "Comment", "Speaker"
    };
    private static final int[] WIDTHS = {5, 10, 60, 66, 12, 26, 4, 10, 9};

    private final Glossary glossary;
    private final TermMatcher matcher;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true);
    private final Sheet sheet = workbook.createSheet("en-ru");
    private final Font termFont = workbook.createFont();
    private final CellStyle wrapped = workbook.createCellStyle();
    private int rows = 1;

    private NaivePrepareBaseline(Glossary glossary) {
        this.glossary = glossary;
        this.matcher = new TermMatcher(glossary, "en");
        termFont.setBold(true);
        termFont.setColor(IndexedColors.DARK_BLUE.getIndex());
        wrapped.setWrapText(true);
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADERS.length; c++) {
            header.createCell(c).setCellValue(HEADERS[c]);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: NaivePrepareBaseline TRANSCRIPT OUT.xlf OUT.xlsx");
            System.exit(2);
        }
        NaivePrepareBaseline baseline =
                new NaivePrepareBaseline(new GlossaryFiles().loadBuiltIn().glossary());
        long segments =
                OkapiExtractionBaseline.extract(
                        Path.of(args[0]), Path.of(args[1]), baseline::addRows);
        baseline.save(Path.of(args[2]));
        System.out.printf(
                Locale.ROOT,
                "%s, %s: %,d segments, %,d rows%n",
                args[1],
                args[2],
                segments,
                baseline.rows - 1);
    }

    /**
     * A row per segment of the unit: its id is the unit's and the segment's ({@code 12.0}), as
     * {@link NaiveImportBaseline} reads it.
     */
    private void addRows(ITextUnit unit) {
        for (Segment segment : unit.getSource().getSegments()) {
            String source = segment.getContent().getText();
            if (source.isBlank()) {
                continue;
            }
            List<TermHit> hits = matcher.find(source);
            XSSFRichTextString text = new XSSFRichTextString(source);
            Map<String, String> hints = new LinkedHashMap<>();
            for (TermHit hit : hits) {
                text.applyFont(hit.start(), hit.end(), termFont);
                hints.putIfAbsent(
                        hit.conceptId(),
                        hit.matchedText()
                                + " → "
                                + glossary.concept(hit.conceptId())
                                        .map(c -> c.hint("en", hit.matchedText(), "ru"))
                                        .orElse(""));
            }
            Row row = sheet.createRow(rows);
            row.createCell(0).setCellValue(rows);
            row.createCell(1).setCellValue(unit.getId() + "." + segment.getId());
            row.createCell(2).setCellValue(text);
            row.getCell(2).setCellStyle(wrapped);
            row.createCell(3).setCellValue("");
            row.createCell(4).setCellValue("New");
            row.createCell(5).setCellValue(String.join("\n", hints.values()));
            row.createCell(6).setCellValue("");
            row.createCell(7).setCellValue("");
            row.createCell(8).setCellValue("");
            rows++;
        }
    }

    private void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }
}
