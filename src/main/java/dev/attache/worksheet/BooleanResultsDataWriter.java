package dev.attache.worksheet;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF's writer of a sheet's rows, but a formula whose value is TRUE or FALSE is written as the
 * schema wants it: POI 5.5.1 writes {@code <f>…</f>><v>0</v>}, a stray {@code >} in the cell that a
 * validating reader refuses. Every other cell is POI's.
 */
final class BooleanResultsDataWriter extends SheetDataWriter {
    BooleanResultsDataWriter(SharedStringsTable strings) throws IOException {
        super(strings);
    }

    @Override
    public void writeCell(int column, Cell cell) throws IOException {
        if (cell == null
                || cell.getCellType() != CellType.FORMULA
                || cell.getCachedFormulaResultType() != CellType.BOOLEAN) {
            super.writeCell(column, cell);
            return;
        }
        _out.write("<c r=\"");
        _out.write(new CellReference(cell.getRowIndex(), column).formatAsString(false));
        _out.write('"');
        if (cell.getCellStyle().getIndex() != 0) {
            _out.write(" s=\"" + cell.getCellStyle().getIndex() + '"');
        }
        _out.write(" t=\"b\"><f>");
        outputEscapedString(cell.getCellFormula());
        _out.write("</f><v>");
        _out.write(cell.getBooleanCellValue() ? '1' : '0');
        _out.write("</v></c>");
    }
}
