package dev.attache.worksheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The streaming (SXSSF) workbook of a worksheet, with the parts of {@link WorksheetParts}: the rows
 * are streamed as SXSSF streams them, and the shared strings table as {@link StreamedSharedStrings}
 * streams it.
 */
final class StreamedWorkbook extends SXSSFWorkbook {
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final String EMPTY_SHEET_DATA = "<sheetData/>";
    private boolean inlineStrings;

    StreamedWorkbook(int rowsInMemory) {
        super(new XSSFWorkbook(new WorksheetParts()), rowsInMemory, false, true);
    }

    /**
     * A new sheet whose cells hold their strings inline instead of in the shared strings table,
     * which keeps every distinct string until the workbook is written: for a sheet of strings that
     * no other cell repeats.
     */
    SXSSFSheet createSheetOfInlineStrings(String name) {
        inlineStrings = true;
        try {
            return createSheet(name);
        } finally {
            inlineStrings = false;
        }
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return inlineStrings
                ? new SheetDataWriter()
                : new BooleanResultsDataWriter(getSharedStringSource());
    }

    /**
     * Copies the parts POI wrote, putting each sheet's streamed rows into its XML, and streams the
     * shared strings table into its part (POI wrote it empty: see {@link
     * StreamedSharedStrings#commit}).
     */
    @Override
    protected void injectData(ZipEntrySource parts, OutputStream out) throws IOException {
        ZipArchiveOutputStream zip = createArchiveOutputStream(out);
        try {
            for (ZipArchiveEntry part : Collections.list(parts.getEntries())) {
                ZipArchiveEntry copy = new ZipArchiveEntry(part.getName());
                if (part.getTime() >= 0) {
                    copy.setTime(part.getTime());
                }
                zip.putArchiveEntry(copy);
                try (InputStream in = parts.getInputStream(part)) {
                    if (in instanceof ZipArchiveThresholdInputStream guarded) {
                        guarded.setGuardState(false);
                    }
                    XSSFSheet sheet = getSheetFromZipEntryName(part.getName());
                    if (part.getName().equals(SHARED_STRINGS)) {
                        ((StreamedSharedStrings) getXSSFWorkbook().getSharedStringSource())
                                .writeTo(zip);
                    } else if (sheet == null) {
                        in.transferTo(zip);
                    } else {
                        String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        writeSheet(template, getSheet(sheet.getSheetName()), zip);
                    }
                }
                zip.closeArchiveEntry();
            }
        } finally {
            zip.finish();
            parts.close();
        }
    }

    /**
     * The sheet's XML as POI wrote it ({@code template}, with empty sheet data), its rows put in.
     */
    private void writeSheet(String template, SXSSFSheet sheet, OutputStream out)
            throws IOException {
        int data = template.indexOf(EMPTY_SHEET_DATA);
        if (data < 0) {
            throw new IllegalStateException(
                    "sheet " + sheet.getSheetName() + " has rows that SXSSF did not stream");
        }
        String rest = template.substring(data + EMPTY_SHEET_DATA.length());
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write(template, 0, data);
        text.write("<sheetData>");
        text.flush();
        try (InputStream rows = sheet.getWorksheetXMLInputStream()) {
            rows.transferTo(out);
        }
        text.write("</sheetData>");
        text.write(rest);
        text.flush();
    }
}
