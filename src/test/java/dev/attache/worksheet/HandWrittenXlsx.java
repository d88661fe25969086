package dev.attache.worksheet;

import dev.attache.model.State;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx written part by part, as other applications write them: inline strings, shared formulas,
 * rows and cells without references, phonetic runs. Sheet 1 is the translation sheet, sheet 2 the
 * very hidden manifest. Styles: 0 General, 1 a date (built-in 14), 2 Text ({@code @}), 3 {@code
 * 0.00}.
 */
final class HandWrittenXlsx {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private HandWrittenXlsx() {}

    static void write(Path file, String sheetName, String sheetRows, String manifestRows)
            throws IOException {
        write(file, sheetName, sheetRows, manifestRows, null);
    }

    /**
     * The same with a shared strings part holding these {@code si} elements (none when {@code
     * null}).
     */
    static void write(
            Path file,
            String sheetName,
            String sheetRows,
            String manifestRows,
            String sharedStrings)
            throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + (sharedStrings == null
                                ? ""
                                : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                                        + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                        + "</Types>");
        parts.put(
                "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\""
                        + REL
                        + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
        parts.put(
                "xl/workbook.xml",
                "<workbook xmlns=\""
                        + MAIN
                        + "\" xmlns:r=\""
                        + REL
                        + "\"><sheets>"
                        + "<sheet name=\""
                        + sheetName
                        + "\" sheetId=\"1\" r:id=\"rId1\"/>"
                        + "<sheet name=\"attache-manifest\" sheetId=\"2\" state=\"veryHidden\" r:id=\"rId2\"/>"
                        + "</sheets></workbook>");
        parts.put(
                "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\""
                        + REL
                        + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\""
                        + REL
                        + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                        + "<Relationship Id=\"rId3\" Type=\""
                        + REL
                        + "/styles\" Target=\"styles.xml\"/>"
                        + (sharedStrings == null
                                ? ""
                                : "<Relationship Id=\"rId4\" Type=\""
                                        + REL
                                        + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                        + "</Relationships>");
        parts.put(
                "xl/styles.xml",
                "<styleSheet xmlns=\""
                        + MAIN
                        + "\">"
                        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.00\"/></numFmts>"
                        + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                        + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                        + "<borders count=\"1\"><border/></borders>"
                        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                        + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                        + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                        + "</cellXfs></styleSheet>");
        parts.put("xl/worksheets/sheet1.xml", sheet(sheetRows));
        parts.put("xl/worksheets/sheet2.xml", sheet(manifestRows));
        if (sharedStrings != null) {
            parts.put(
                    "xl/sharedStrings.xml",
                    "<sst xmlns=\"" + MAIN + "\">" + sharedStrings + "</sst>");
        }
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(
                        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                        + part.getValue())
                                .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    /**
     * A manifest for the given row ids, their hashes taken from the sources given after each id.
     */
    static String manifest(String... idsAndSources) {
        StringBuilder rows =
                new StringBuilder()
                        .append(row(1, inline("A1", "format-version") + inline("B1", "1")))
                        .append(row(2, inline("A2", "xliff-file") + inline("B2", "x.en-ru.xlf")))
                        .append(row(3, inline("A3", "xliff-sha256") + inline("B3", "c".repeat(64))))
                        .append(row(4, inline("A4", "target-language") + inline("B4", "ru")))
                        .append(
                                row(
                                        5,
                                        inline("A5", "row-id")
                                                + inline("B5", "source-sha256")
                                                + inline("C5", "translation-sha256")));
        for (int i = 0; i < idsAndSources.length; i += 2) {
            int r = 6 + i / 2;
            rows.append(
                    row(
                            r,
                            inline("A" + r, idsAndSources[i])
                                    + inline("B" + r, Manifest.sourceHash(idsAndSources[i + 1]))
                                    + inline("C" + r, Manifest.translationHash("", State.NEW))));
        }
        return rows.toString();
    }

    static String row(int number, String cells) {
        return "<row r=\"" + number + "\">" + cells + "</row>";
    }

    static String inline(String ref, String text) {
        return "<c r=\""
                + ref
                + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                + escape(text)
                + "</t></is></c>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String sheet(String rows) {
        return "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }
}
