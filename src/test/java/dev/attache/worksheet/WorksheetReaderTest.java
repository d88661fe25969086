package dev.attache.worksheet;

import static dev.attache.worksheet.HandWrittenXlsx.inline;
import static dev.attache.worksheet.HandWrittenXlsx.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorksheetReaderTest {
    private static final String HEADER =
            row(
                    1,
                    inline("A1", "Notes")
                            + inline("B1", "Target (ru)")
                            + inline("C1", " id ")
                            + inline("D1", "Source (en)")
                            + inline("E1", "Status")
                            + inline("F1", "Comment"));

    @TempDir Path dir;

    @Test
    void readsWhatOtherApplicationsWriteIntoTheTargetColumn() throws IOException {
        String rows =
                HEADER
                        + row(2, inline("C2", "p1.s2") + "<c r=\"B2\"><v>2022</v></c>")
                        + row(
                                3,
                                inline("C3", "p1.s1")
                                        + "<c r=\"B3\" s=\"2\" t=\"inlineStr\"><is><t>0012</t></is></c>")
                        + row(4, inline("C4", "p1.s3") + "<c r=\"B4\" s=\"1\"><v>45000</v></c>")
                        + row(5, inline("C5", "p1.s4") + "<c r=\"B5\" t=\"b\"><v>1</v></c>")
                        + row(6, inline("C6", "p1.s5") + "<c r=\"B6\"><f>1+1</f><v>2</v></c>")
                        + row(
                                7,
                                inline("C7", "p1.s6")
                                        + "<c r=\"B7\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>")
                        + row(8, inline("C8", "p1.s7") + "<c r=\"B8\" t=\"e\"><v>#DIV/0!</v></c>")
                        + row(
                                9,
                                inline("C9", "p1.s8")
                                        + "<c r=\"B9\"><f t=\"shared\" ref=\"B9:B10\" si=\"0\">C9&amp;\"!\"</f><v>0</v></c>")
                        + row(
                                10,
                                inline("C10", "p1.s9")
                                        + "<c r=\"B10\"><f t=\"shared\" si=\"0\"/><v>0</v></c>")
                        + row(11, inline("C11", "p2.s1") + inline("B11", "Мои\u0306 текст"))
                        + row(
                                12,
                                inline("C12", "p2.s2")
                                        + inline("B12", "строка_x000D_\nдругая_x000D_\nтретья"))
                        + row(
                                13,
                                inline("C13", "p2.s3")
                                        + inline("B13", "пробелы в конце  \u00A0")
                                        + inline("F13", "да. "))
                        + row(
                                14,
                                inline("C14", "p2.s4")
                                        + "<c r=\"B14\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>жирный</t></r>"
                                        + "<r><t xml:space=\"preserve\"> и нет</t></r><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></is></c>")
                        + row(15, inline("A15", "a note of my own, no id"))
                        + "<row r=\"16\" hidden=\"1\"><c t=\"inlineStr\"><is><t>x</t></is></c><c t=\"inlineStr\"><is><t>скрыто</t></is></c>"
                        + "<c t=\"inlineStr\"><is><t>p3.s1</t></is></c><c t=\"inlineStr\"><is><t>Hidden.</t></is></c>"
                        + "<c t=\"inlineStr\"><is><t>Final</t></is></c></row>"
                        + row(17, inline("C17", "p3.s2") + "<c r=\"B17\"><v>1.50</v></c>")
                        + row(18, inline("C18", "p3.s3") + "<c r=\"B18\" s=\"3\"><v>1.5</v></c>")
                        + row(
                                19,
                                inline("C19", "p3.s4")
                                        + "<c r=\"B19\"><v>12345678901234567</v></c>");
        Path xlsx = dir.resolve("other.xlsx");
        HandWrittenXlsx.write(xlsx, "en-ru", rows, HandWrittenXlsx.manifest("p1.s1", "One."));

        Worksheet sheet = new WorksheetReader().read(xlsx);

        assertThat(sheet.sheetName()).isEqualTo("en-ru");
        Map<String, TargetCell> targets = new LinkedHashMap<>();
        sheet.rows().forEach(r -> targets.put(r.id(), r.target()));
        assertThat(targets)
                .containsExactly(
                        Map.entry("p1.s2", new TargetCell.Text("2022")),
                        Map.entry("p1.s1", new TargetCell.Text("0012")),
                        Map.entry("p1.s3", new TargetCell.Text("3/15/23")),
                        Map.entry("p1.s4", new TargetCell.Text("TRUE")),
                        Map.entry("p1.s5", new TargetCell.Formula("1+1", "2")),
                        Map.entry("p1.s6", new TargetCell.Formula("\"a\"&\"b\"", "ab")),
                        Map.entry("p1.s7", new TargetCell.ErrorValue("#DIV/0!")),
                        Map.entry("p1.s8", new TargetCell.Formula("C9&\"!\"", "0")),
                        Map.entry("p1.s9", new TargetCell.Formula("C9&\"!\"", "0")),
                        Map.entry("p2.s1", new TargetCell.Text("Мой текст")),
                        Map.entry("p2.s2", new TargetCell.Text("строка\nдругая\nтретья")),
                        Map.entry("p2.s3", new TargetCell.Text("пробелы в конце")),
                        Map.entry("p2.s4", new TargetCell.Text("жирный и нет")),
                        Map.entry("p3.s1", new TargetCell.Text("скрыто")),
                        Map.entry("p3.s2", new TargetCell.Text("1.5")),
                        Map.entry("p3.s3", new TargetCell.Text("1.50")),
                        Map.entry("p3.s4", new TargetCell.Text("12345678901234567")));
        WorksheetRow hidden =
                sheet.rows().stream().filter(r -> r.id().equals("p3.s1")).findFirst().orElseThrow();
        assertThat(hidden)
                .isEqualTo(
                        new WorksheetRow(
                                16,
                                "p3.s1",
                                "Hidden.",
                                new TargetCell.Text("скрыто"),
                                "Final",
                                ""));
        assertThat(
                        sheet.rows().stream()
                                .filter(r -> r.id().equals("p2.s3"))
                                .findFirst()
                                .orElseThrow()
                                .comment())
                .isEqualTo("да.");
        assertThat(sheet.manifest().sourceHashes())
                .containsExactly(Map.entry("p1.s1", Manifest.sourceHash("One.")));
    }

    @Test
    void aTargetAndACommentLoseTheSpacesAtTheirEndAndNoOtherSpaces() throws IOException {
        String rows =
                HEADER
                        + row(
                                2,
                                inline("C2", "p1.s1")
                                        + inline("B2", "Да. \t")
                                        + inline("F2", "x\u00A0"))
                        + row(
                                3,
                                inline("C3", "p1.s2")
                                        + inline("B3", "Нет.\u3000\n")
                                        + inline("F3", "y "))
                        + row(
                                4,
                                inline("C4", "p1.s3")
                                        + inline("B4", " Да  да.")
                                        + inline("F4", "z\u2003"));
        Path xlsx = dir.resolve("spaces.xlsx");
        HandWrittenXlsx.write(xlsx, "en-ru", rows, HandWrittenXlsx.manifest("p1.s1", "One."));

        assertThat(new WorksheetReader().read(xlsx).rows())
                .extracting(r -> r.target().shown() + "|" + r.comment())
                .containsExactly("Да.|x", "Нет.\n|y", " Да  да.|z\u2003");
    }

    @Test
    void aRowWithAnIdButNothingElseIsKeptAndARowWithNeitherIdNorTextIsNot() throws IOException {
        String rows =
                HEADER
                        + row(2, inline("C2", "p1.s1"))
                        + row(3, inline("F3", "only a comment"))
                        + row(4, inline("D4", "A source without id."));
        Path xlsx = dir.resolve("sparse.xlsx");
        HandWrittenXlsx.write(xlsx, "en-ru", rows, HandWrittenXlsx.manifest("p1.s1", "One."));

        assertThat(new WorksheetReader().read(xlsx).rows())
                .containsExactly(
                        new WorksheetRow(2, "p1.s1", "", new TargetCell.Text(""), "", ""),
                        new WorksheetRow(
                                4, "", "A source without id.", new TargetCell.Text(""), "", ""));
    }

    @Test
    void aWorkbookWithoutManifestIsNotOurs() throws IOException {
        Path xlsx = dir.resolve("foreign.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.createSheet("en-ru").createRow(0).createCell(0).setCellValue("ID");
            workbook.write(out);
        }
        assertThatThrownBy(() -> new WorksheetReader().read(xlsx))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        xlsx + ": not an Attaché worksheet: it has no 'attache-manifest' sheet");
    }

    @Test
    void aWorkbookWithoutTheManifestsLanguageSheetIsRefused() throws IOException {
        Path xlsx = dir.resolve("az.xlsx");
        HandWrittenXlsx.write(xlsx, "en-az", HEADER, HandWrittenXlsx.manifest());
        assertThatThrownBy(() -> new WorksheetReader().read(xlsx))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        xlsx
                                + ": no translation sheet for the manifest's language ru (a sheet named like 'en-ru')");
    }

    @Test
    void aSheetWithoutIdAndTargetHeadersIsRefused() throws IOException {
        Path xlsx = dir.resolve("headless.xlsx");
        HandWrittenXlsx.write(
                xlsx, "en-ru", row(1, inline("A1", "Source (en)")), HandWrittenXlsx.manifest());
        assertThatThrownBy(() -> new WorksheetReader().read(xlsx))
                .isInstanceOf(BadInputException.class)
                .hasMessage(xlsx + "!en-ru: no header row with an 'ID' and a 'Target' column");
    }

    @Test
    void aDamagedManifestIsRefused() throws IOException {
        Path xlsx = dir.resolve("damaged.xlsx");
        HandWrittenXlsx.write(
                xlsx, "en-ru", HEADER, row(1, inline("A1", "format-version") + inline("B1", "1")));
        assertThatThrownBy(() -> new WorksheetReader().read(xlsx))
                .isInstanceOf(BadInputException.class)
                .hasMessage(xlsx + "!attache-manifest: damaged manifest: no xliff-file");
    }

    @Test
    void aWorksheetOfANewerFormatIsRefused() throws IOException {
        Path xlsx = dir.resolve("newer.xlsx");
        HandWrittenXlsx.write(
                xlsx, "en-ru", HEADER, HandWrittenXlsx.manifest().replace(">1<", ">2<"));
        assertThatThrownBy(() -> new WorksheetReader().read(xlsx))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        xlsx
                                + "!attache-manifest: worksheet format 2 is not one this version of Attaché reads "
                                + "(it reads format 1)");
    }

    @Test
    void aFileThatIsNoWorkbookIsBadInput() throws IOException {
        Path text = dir.resolve("notes.xlsx");
        Files.writeString(text, "just text", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new WorksheetReader().read(text))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(
                        text
                                + ": is not an .xlsx workbook (its content is unknown, not a zip package)");
        Path missing = dir.resolve("missing.xlsx");
        assertThatThrownBy(() -> new WorksheetReader().read(missing))
                .isInstanceOf(BadInputException.class)
                .hasMessage(missing + ": no such file");
    }

    /**
     * A zip laid out as OpenDocument lays it out: the {@code mimetype} entry first, stored, then a
     * content part. (A real .ods, made by LibreOffice, is in {@code
     * dev.attache.cli.OdsWorksheetTest}.)
     */
    private Path openDocument(String name, String mediaType) throws IOException {
        Path file = dir.resolve(name);
        byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            var mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            var crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void anOpenDocumentFileIsToldByItsContentWhateverItsName() throws IOException {
        for (String name : new String[] {"returned.ods", "returned.xlsx"}) {
            Path ods = openDocument(name, "application/vnd.oasis.opendocument.spreadsheet");
            assertThatThrownBy(() -> new WorksheetReader().read(ods))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage(
                            ods
                                    + ": is an OpenDocument spreadsheet (.ods), not an .xlsx: in LibreOffice Calc, "
                                    + "save it with File > Save As as Excel 2007-365 (.xlsx) and import that");
        }
        Path odt = openDocument("letter.xlsx", "application/vnd.oasis.opendocument.text");
        assertThatThrownBy(() -> new WorksheetReader().read(odt))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        odt
                                + ": is an OpenDocument file (application/vnd.oasis.opendocument.text), not an .xlsx "
                                + "workbook");
    }

    @Test
    void anEmptyFileIsBadInput() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        assertThatThrownBy(() -> new WorksheetReader().read(empty))
                .isInstanceOf(BadInputException.class)
                .hasMessage(empty + ": is empty, not a worksheet");
    }

    @Test
    void aNumberCellThatHoldsNoNumberIsBadInput() throws IOException {
        Path xlsx = dir.resolve("garbled.xlsx");
        HandWrittenXlsx.write(
                xlsx,
                "en-ru",
                HEADER
                        + row(
                                2,
                                "<c r=\"B2\" t=\"n\"><v>abc</v></c>"
                                        + inline("C2", "p1.s1")
                                        + inline("D2", "One.")),
                HandWrittenXlsx.manifest("p1.s1", "One."));
        assertThatThrownBy(() -> new WorksheetReader().read(xlsx))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(xlsx + ": damaged workbook: a cell holds ");
    }
}
