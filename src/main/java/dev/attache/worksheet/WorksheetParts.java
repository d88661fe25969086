package dev.attache.worksheet;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/** POI's parts for a new worksheet, but for the shared strings table, which is {@link StreamedSharedStrings}. */
final class WorksheetParts extends XSSFFactory {
    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
        return descriptor == XSSFRelation.SHARED_STRINGS ? new StreamedSharedStrings() : super.newDocumentPart(descriptor);
    }
}
