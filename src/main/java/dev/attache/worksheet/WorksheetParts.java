package dev.attache.worksheet;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * POI's parts for a new worksheet, but for the shared strings table, which is {@link
 * StreamedSharedStrings}, and the sheets, which are {@link NumberedSheet}s. One instance per
 * workbook: it numbers the sheets it makes.
 */
final class WorksheetParts extends XSSFFactory {
    private int sheets;

    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
        if (descriptor == XSSFRelation.SHARED_STRINGS) {
            return new StreamedSharedStrings();
        }
        return descriptor == XSSFRelation.WORKSHEET
                ? new NumberedSheet(sheets++)
                : super.newDocumentPart(descriptor);
    }

    /**
     * A sheet whose hash code is its place among the workbook's sheets. On save, SXSSF writes out
     * the rows each sheet still holds in memory in the order of a hash map keyed by the sheets, and
     * their strings enter the shared strings table in that order: with identity hash codes the
     * order would follow the heap, with these it is the order of the sheets, so the same document
     * always gives the same file.
     */
    private static final class NumberedSheet extends XSSFSheet {
        private final int number;

        NumberedSheet(int number) {
            this.number = number;
        }

        @Override
        public int hashCode() {
            return number;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }
    }
}
