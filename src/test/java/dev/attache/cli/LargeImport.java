package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.bench.CorpusGenerator;
import dev.attache.model.SegmentPair;
import dev.attache.model.TranslationDocument;
import dev.attache.xliff.XliffReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A large generated transcript, its XLIFF file and worksheet, and worksheets filled by
 * "translators": the material of the tests that kill an import or run two at once (issue 12).
 */
record LargeImport(Path xliff, Path worksheet) {
    static LargeImport make(Path dir, long words) throws IOException {
        Path transcript = dir.resolve("large.en.txt");
        new CorpusGenerator(CorpusGenerator.SEED).write(words, transcript);
        Path xliff = dir.resolve("large.en-ru.xlf");
        Path worksheet = dir.resolve("large.en-ru.xlsx");
        CliRun segment =
                CliRun.of(
                        "segment",
                        transcript.toString(),
                        "-t",
                        "ru",
                        "-o",
                        xliff.toString(),
                        "--no-tm",
                        "--no-glossary");
        assertThat(segment.exitCode()).as(segment.err()).isZero();
        CliRun export =
                CliRun.of("export", xliff.toString(), "-o", worksheet.toString(), "--no-glossary");
        assertThat(export.exitCode()).as(export.err()).isZero();
        return new LargeImport(xliff, worksheet);
    }

    /** What a translator typed for a segment. */
    static String translationOf(String segmentId) {
        return "Перевод сегмента " + segmentId + ".";
    }

    /**
     * A copy of the worksheet with the Target of every data row whose index (0 = first row) {@code
     * fill} accepts.
     */
    Path filled(Path out, IntPredicate fill) throws IOException {
        try (InputStream in = Files.newInputStream(worksheet);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("en-ru");
            Row header = sheet.getRow(0);
            int id = column(header, "ID");
            int target = column(header, "Target (ru)");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (fill.test(r - 1)) {
                    row.getCell(target, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                            .setCellValue(translationOf(row.getCell(id).getStringCellValue()));
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                book.write(o);
            }
        }
        return out;
    }

    private static int column(Row header, String name) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalStateException("no column " + name);
    }

    /**
     * Every translatable segment's target, by segment id, as the XLIFF file now holds them (read in
     * full).
     */
    static Map<String, String> targets(Path xliff) {
        TranslationDocument document = new XliffReader().read(xliff);
        Map<String, String> targets = new LinkedHashMap<>();
        document.units().stream()
                .filter(u -> u.translatable())
                .forEach(
                        u -> {
                            for (SegmentPair s : u.segments()) {
                                targets.put(s.id().toString(), s.target());
                            }
                        });
        return targets;
    }

    /**
     * The command line of an import in a new JVM, as a user runs it (the jar's main class, the test
     * class path).
     */
    static List<String> importCommand(Path sheet, Path xliff) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "import",
                sheet.toString(),
                "--xliff",
                xliff.toString(),
                "--no-tm",
                "--no-glossary",
                "--checks",
                "terms");
    }
}
