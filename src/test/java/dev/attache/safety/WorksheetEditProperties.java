package dev.attache.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.SegmentPair;
import dev.attache.xliff.XliffReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.poi.ss.usermodel.Row;

/**
 * Issue 12, as a property: whatever a translator does to the sheet (sorts it, deletes or duplicates
 * rows, edits a source, types a formula or a number in a target), import never crashes (exit 0 or
 * 4, one line per problem), a row left alone goes in, and a segment whose row was deleted,
 * duplicated, had its source edited or holds a formula keeps what the XLIFF held (empty here):
 * nothing changes that should not.
 */
class WorksheetEditProperties {
    static final int TRIES = 100;
    private static Path dir;

    enum Edit {
        NONE,
        DELETE,
        DUPLICATE,
        EDIT_SOURCE,
        FORMULA,
        NUMBER
    }

    @BeforeContainer
    static void prepare() throws IOException {
        dir = Files.createTempDirectory("attache-edits");
        Path transcript = dir.resolve("edits.en.txt");
        StringBuilder text = new StringBuilder("Talks in Baku\n\n");
        for (int p = 1; p <= 8; p++) {
            text.append("Paragraph ")
                    .append(p)
                    .append(" opens the talks. The minister spoke of item ")
                    .append(p)
                    .append(". The sides agreed.\n\n");
        }
        Files.writeString(transcript, text.toString(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(
                        UnicodeRoundTripProperties.run(
                                        "segment",
                                        transcript.toString(),
                                        "-t",
                                        "ru",
                                        "-o",
                                        dir.resolve("edits.en-ru.xlf").toString(),
                                        "--no-tm",
                                        "--no-glossary")
                                .code())
                .isZero();
        assertThat(
                        UnicodeRoundTripProperties.run(
                                        "export",
                                        dir.resolve("edits.en-ru.xlf").toString(),
                                        "-o",
                                        dir.resolve("edits.en-ru.xlsx").toString(),
                                        "--no-glossary")
                                .code())
                .isZero();
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void importChangesExactlyTheRowsLeftIntact(
            @ForAll("edits") List<Edit> edits, @ForAll boolean sort) throws IOException {
        Path xliff =
                Files.copy(
                        dir.resolve("edits.en-ru.xlf"),
                        Files.createDirectories(dir.resolve("run")).resolve("edits.en-ru.xlf"),
                        StandardCopyOption.REPLACE_EXISTING);
        Map<String, Edit> editOf = new HashMap<>();
        Path sheet =
                SheetCells.edit(
                        dir.resolve("edits.en-ru.xlsx"),
                        dir.resolve("run.xlsx"),
                        cells -> {
                            int rows = cells.rows();
                            for (int r = 0; r < rows; r++) {
                                String id = cells.text(r, cells.id);
                                Edit edit = edits.get(r % edits.size());
                                editOf.put(id, edit);
                                cells.cell(r, cells.target).setCellValue(translationOf(id));
                                switch (edit) {
                                    case EDIT_SOURCE ->
                                            cells.cell(r, cells.source)
                                                    .setCellValue(
                                                            cells.text(r, cells.source)
                                                                    + " (edited)");
                                    case FORMULA ->
                                            cells.cell(r, cells.target)
                                                    .setCellFormula("CONCATENATE(\"a\",\"b\")");
                                    case NUMBER -> cells.cell(r, cells.target).setCellValue(42.5);
                                    case DUPLICATE -> copyRow(cells, r, rows + 1 + r);
                                    default -> {}
                                }
                            }
                            for (int r = 0; r < rows; r++) {
                                if (editOf.get(
                                                cells.sheet()
                                                        .getRow(r + 1)
                                                        .getCell(cells.id)
                                                        .getStringCellValue())
                                        == Edit.DELETE) {
                                    cells.sheet().removeRow(cells.sheet().getRow(r + 1));
                                }
                            }
                            if (sort) {
                                cells.sheet().shiftRows(1, rows, 2 * rows + 2);
                            }
                        });

        UnicodeRoundTripProperties.Run run =
                UnicodeRoundTripProperties.run(
                        "import",
                        sheet.toString(),
                        "--xliff",
                        xliff.toString(),
                        "--no-tm",
                        "--no-glossary");
        assertThat(run.code()).as(run.err()).isIn(0, 4);
        // stderr holds problems and the run's summary lines (applied …, wrote …), nothing else (no
        // stack trace)
        assertThat(run.err().lines())
                .allMatch(l -> l.matches("^((error|warning|note): |applied |wrote |memory ).*"));

        for (var unit : new XliffReader().read(xliff).units()) {
            for (SegmentPair segment : unit.segments()) {
                String id = segment.id().toString();
                Edit edit = editOf.getOrDefault(id, Edit.NONE);
                switch (edit) {
                    case NONE -> assertThat(segment.target()).as(id).isEqualTo(translationOf(id));
                    case NUMBER -> assertThat(segment.target()).as(id).isIn("", "42.5");
                    default -> assertThat(segment.target()).as(id + " after " + edit).isEmpty();
                }
            }
        }
    }

    private static String translationOf(String id) {
        return "Перевод " + id;
    }

    private static void copyRow(SheetCells cells, int from, int to) {
        Row source = cells.sheet().getRow(from + 1);
        Row copy = cells.sheet().createRow(to + 1);
        source.forEach(
                c -> {
                    var cell = copy.createCell(c.getColumnIndex());
                    switch (c.getCellType()) {
                        case STRING -> cell.setCellValue(c.getStringCellValue());
                        case NUMERIC -> cell.setCellValue(c.getNumericCellValue());
                        default -> {}
                    }
                });
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Arbitraries.frequency(
                        net.jqwik.api.Tuple.of(50, Edit.NONE),
                                net.jqwik.api.Tuple.of(10, Edit.DELETE),
                        net.jqwik.api.Tuple.of(10, Edit.DUPLICATE),
                                net.jqwik.api.Tuple.of(10, Edit.EDIT_SOURCE),
                        net.jqwik.api.Tuple.of(10, Edit.FORMULA),
                                net.jqwik.api.Tuple.of(10, Edit.NUMBER))
                .list()
                .ofMinSize(1)
                .ofMaxSize(30);
    }
}
