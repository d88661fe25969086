package dev.attache.bench;

import static dev.attache.bench.OkapiExtractionBaseline.ENGLISH;
import static dev.attache.bench.OkapiExtractionBaseline.RUSSIAN;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The plain way to do {@code import} with the same libraries, the yardstick of issue 26: POI's
 * event API reads the filled worksheet's {@code en-ru} sheet as a stream ({@link XSSFReader},
 * {@link ReadOnlySharedStringsTable}, {@link XSSFSheetXMLHandler}), keeping each row's Target by
 * its ID; Okapi's {@link XLIFFFilter} reads the prepared XLIFF, each segment whose id ({@code
 * p7.s2}: the unit's id and the segment's) has a target in the sheet gets it, and Okapi's {@link
 * XLIFFWriter} writes the result. No reconciliation, no QA, no memory, no lock. Run in a fresh JVM:
 * {@code java -Xmx512m -cp <test class path> dev.attache.bench.NaiveImportBaseline SHEET.xlsx
 * IN.xlf OUT.xlf}.
 */
public final class NaiveImportBaseline {
    private static final int ID = 1;
    private static final int TARGET = 3;

    private NaiveImportBaseline() {}

    public static void main(String[] args)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        if (args.length != 3) {
            System.err.println("usage: NaiveImportBaseline SHEET.xlsx IN.xlf OUT.xlf");
            System.exit(2);
        }
        Map<String, String> targets = targets(Path.of(args[0]), "en-ru");
        long set = 0;
        XLIFFWriter writer = new XLIFFWriter();
        writer.setOptions(RUSSIAN, "UTF-8");
        writer.setOutput(Path.of(args[2]).toAbsolutePath().toString());
        try (XLIFFFilter filter = new XLIFFFilter();
                RawDocument document =
                        new RawDocument(Path.of(args[1]).toUri(), "UTF-8", ENGLISH, RUSSIAN)) {
            filter.open(document);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    set += setTargets(event.getTextUnit(), targets);
                }
                writer.handleEvent(event);
            }
        } finally {
            writer.close();
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %,d targets in the sheet, %,d set%n",
                args[2],
                targets.size(),
                set);
    }

    /** Each row's Target by its ID, of the sheet named {@code sheetName}, read as a stream. */
    static Map<String, String> targets(Path workbook, String sheetName)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        Map<String, String> targets = new HashMap<>();
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetName().equals(sheetName)) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(
                                new XSSFSheetXMLHandler(
                                        reader.getStylesTable(),
                                        strings,
                                        new TargetsById(targets),
                                        false));
                        parser.parse(new InputSource(sheet));
                    }
                }
            }
        }
        return targets;
    }

    /** Sets the target of each segment the sheet translated; how many. */
    private static int setTargets(ITextUnit unit, Map<String, String> targets) {
        TextContainer target = null;
        int set = 0;
        for (Segment segment : unit.getSource().getSegments()) {
            String text = targets.get(unit.getId() + "." + segment.getId());
            if (text == null || text.isBlank()) {
                continue;
            }
            if (target == null) {
                target = unit.createTarget(RUSSIAN, true, IResource.COPY_ALL);
            }
            Segment translated = target.getSegments().get(segment.getId());
            if (translated != null) {
                translated.text = new TextFragment(text);
                set++;
            }
        }
        return set;
    }

    /** Keeps a row's Target (column D) by its ID (column B); the header row has none. */
    private static final class TargetsById implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Map<String, String> targets;
        private String id;
        private String target;

        TargetsById(Map<String, String> targets) {
            this.targets = targets;
        }

        @Override
        public void startRow(int rowNum) {
            id = null;
            target = null;
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum > 0 && id != null && target != null) {
                targets.put(id, target);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(cellReference).getCol();
            if (column == ID) {
                id = formattedValue;
            } else if (column == TARGET) {
                target = formattedValue;
            }
        }
    }
}
