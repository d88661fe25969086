package dev.attache.worksheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings table of a worksheet being read, as plain Java strings: the text of each
 * {@code si}, its runs joined, its phonetic runs left out, {@code _xHHHH_} escapes still in (the
 * reader decodes them). It reads the part as POI's {@code ReadOnlySharedStringsTable} does and
 * fails the same way, but POI's hands back every string as a new {@code XSSFRichTextString}, an XML
 * bean, which cost more than the whole parse on a large worksheet.
 */
final class PlainSharedStrings extends DefaultHandler {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private List<String> strings;
    private final StringBuilder text = new StringBuilder(64);
    private boolean inText;
    private boolean inPhonetic;

    /** Reads the package's shared strings part, if it has one. */
    PlainSharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts =
                pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream stream = parts.get(0).getInputStream()) {
                read(stream);
            }
        }
    }

    /** The string at {@code index}, as stored. */
    String at(int index) {
        if (strings == null || index >= strings.size()) {
            throw new IllegalStateException(
                    "Cannot get item at " + index + " with strings: " + strings);
        }
        return strings.get(index);
    }

    private void read(InputStream in) throws IOException, SAXException {
        PushbackInputStream stream = new PushbackInputStream(in, 1);
        int first = stream.read();
        if (first < 0) {
            return;
        }
        stream.unread(first);
        PartParser.parse(stream, this);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (uri != null && !uri.equals(MAIN)) {
            return;
        }
        switch (localName) {
            case "sst" -> {
                String count = attributes.getValue("count");
                if (count != null) {
                    Long.parseLong(
                            count); // read only to fail on a damaged count as POI's table does
                }
                String uniqueCount = attributes.getValue("uniqueCount");
                int expected = uniqueCount == null ? 0 : (int) Long.parseLong(uniqueCount);
                strings =
                        new ArrayList<>(
                                Math.min(
                                        expected,
                                        100_000)); // a damaged count must not reserve memory
            }
            case "si" -> text.setLength(0);
            case "t" -> inText = true;
            case "rPh" -> inPhonetic = true;
            default -> {
                // runs and their properties: only their text counts
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (uri != null && !uri.equals(MAIN)) {
            return;
        }
        switch (localName) {
            case "si" -> {
                if (strings != null) {
                    strings.add(text.toString());
                }
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
                // nothing to finish
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && !inPhonetic) {
            text.append(ch, start, length);
        }
    }
}
