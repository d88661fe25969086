package dev.attache.worksheet;

import dev.attache.worksheet.HighlightedText.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * The shared strings table of a worksheet being written: each distinct string kept once as plain
 * Java text (a {@link String}, or a {@link HighlightedText} for a source with its terms), and
 * streamed out as {@code sst} XML when the workbook is saved. POI's own table holds an XML bean per
 * string and serialises every one to find duplicates, which is most of the time and the memory a
 * large worksheet costs. Plain strings come as {@link PlainText}s, or from POI as {@link
 * XSSFRichTextString}s without runs (a cell set to a {@code String}); no other rich text is written
 * into our worksheets.
 */
final class StreamedSharedStrings extends SharedStringsTable {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final Map<Object, Integer> indexes = new HashMap<>();
    private final List<Object> strings = new ArrayList<>();
    private int references;

    @Override
    public int addSharedStringItem(RichTextString string) {
        Object key = key(string);
        references++;
        return indexes.computeIfAbsent(
                key,
                k -> {
                    strings.add(k);
                    return strings.size() - 1;
                });
    }

    private static Object key(RichTextString string) {
        if (string instanceof HighlightedText highlighted) {
            return highlighted;
        }
        if (string instanceof PlainText plain) {
            return plain.text();
        }
        if (string instanceof XSSFRichTextString plain && plain.getCTRst().sizeOfRArray() == 0) {
            CTRst rst = plain.getCTRst();
            return rst.isSetT() ? rst.getT() : "";
        }
        throw new IllegalArgumentException(
                "a worksheet cell holds plain or highlighted text, not " + string.getClass());
    }

    @Override
    public int getCount() {
        return references;
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    @Override
    public RichTextString getItemAt(int idx) {
        Object string = strings.get(idx);
        return string instanceof HighlightedText highlighted
                ? highlighted
                : new XSSFRichTextString((String) string);
    }

    /**
     * Writes an empty table into the part: {@link StreamedWorkbook} streams the real one into the
     * file it saves, since POI would hold the part's bytes on the heap (some 200 MB at 5 M words)
     * until the workbook is closed.
     */
    @Override
    protected void commit() throws IOException {
        try (OutputStream out = getPackagePart().getOutputStream()) {
            out.write(("<sst xmlns=\"" + MAIN + "\"/>").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(MAIN);
            xml.writeStartElement(MAIN, "sst");
            xml.writeDefaultNamespace(MAIN);
            xml.writeAttribute("count", Integer.toString(references));
            xml.writeAttribute("uniqueCount", Integer.toString(strings.size()));
            for (Object string : strings) {
                xml.writeStartElement(MAIN, "si");
                if (string instanceof HighlightedText highlighted) {
                    for (Run run : highlighted.runs()) {
                        writeRun(xml, run);
                    }
                } else {
                    writeText(xml, (String) string);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the shared strings: " + e.getMessage(), e);
        }
    }

    /**
     * A run; a highlighted one in bold dark blue, in the worksheet's font (a run's properties
     * replace the cell's font, and LibreOffice would otherwise take its own default font for it).
     */
    private static void writeRun(XMLStreamWriter xml, Run run) throws XMLStreamException {
        xml.writeStartElement(MAIN, "r");
        if (run.highlighted()) {
            xml.writeStartElement(MAIN, "rPr");
            xml.writeEmptyElement(MAIN, "rFont");
            xml.writeAttribute("val", CellStyles.FONT_NAME);
            xml.writeEmptyElement(MAIN, "b");
            xml.writeEmptyElement(MAIN, "color");
            xml.writeAttribute("indexed", Short.toString(IndexedColors.DARK_BLUE.getIndex()));
            xml.writeEmptyElement(MAIN, "sz");
            xml.writeAttribute("val", Short.toString(CellStyles.FONT_POINTS));
            xml.writeEndElement();
        }
        writeText(xml, run.text());
        xml.writeEndElement();
    }

    private static void writeText(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeStartElement(MAIN, "t");
        if (!text.isEmpty()
                && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            xml.writeAttribute("xml", XML, "space", "preserve");
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
