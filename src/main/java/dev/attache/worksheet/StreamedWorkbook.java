package dev.attache.worksheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
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
 * The streaming (SXSSF) workbook of a worksheet, with the parts of {@link WorksheetParts}, that can
 * also stream a sheet's conditional formats: rules given as {@link StreamedFormats} are written
 * into the sheet's XML as the workbook is saved, after the formats POI holds, instead of being held
 * as XML beans until then (a large worksheet has thousands of rules, each with a long formula). The
 * rows are streamed as SXSSF streams them.
 */
final class StreamedWorkbook extends SXSSFWorkbook {
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final String EMPTY_SHEET_DATA = "<sheetData/>";
    private static final String FORMATS_END = "</conditionalFormatting>";

    /**
     * The JDK's own writer: it writes a run of elements with no root around them, as a part of a
     * document.
     */
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    /**
     * Conditional formats written as the workbook is saved: {@code conditionalFormatting} elements.
     */
    @FunctionalInterface
    interface StreamedFormats {
        void writeTo(XMLStreamWriter xml) throws XMLStreamException;
    }

    private final Map<String, StreamedFormats> streamedFormats = new HashMap<>();
    private boolean inlineStrings;

    StreamedWorkbook(int rowsInMemory) {
        super(new XSSFWorkbook(new WorksheetParts()), rowsInMemory, false, true);
    }

    /**
     * Streams {@code formats} into {@code sheet}'s XML when the workbook is written, right after
     * its last format held by POI: the sheet must hold one, so that they come where the schema
     * wants them.
     */
    void streamConditionalFormats(SXSSFSheet sheet, StreamedFormats formats) {
        streamedFormats.put(sheet.getSheetName(), formats);
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
        return inlineStrings ? new SheetDataWriter() : super.createSheetDataWriter();
    }

    /**
     * Copies the parts POI wrote, putting each sheet's streamed rows (and formats) into its XML,
     * and streams the shared strings table into its part (POI wrote it empty: see {@link
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
     * The sheet's XML as POI wrote it ({@code template}, with empty sheet data), its rows and
     * formats put in.
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
        StreamedFormats formats = streamedFormats.get(sheet.getSheetName());
        if (formats != null) {
            int end = rest.lastIndexOf(FORMATS_END);
            if (end < 0) {
                throw new IllegalStateException(
                        "sheet " + sheet.getSheetName() + " has no conditional format to follow");
            }
            end += FORMATS_END.length();
            text.write(rest, 0, end);
            text.flush();
            writeFormats(formats, out);
            rest = rest.substring(end);
        }
        text.write(rest);
        text.flush();
    }

    private static void writeFormats(StreamedFormats formats, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            formats.writeTo(xml);
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the conditional formats: " + e.getMessage(), e);
        }
    }
}
