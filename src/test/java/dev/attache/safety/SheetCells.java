package dev.attache.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A worksheet opened with POI's full model, edited as a translator would, and saved to another
 * file.
 */
final class SheetCells {
    private final XSSFSheet sheet;
    final int id;
    final int source;
    final int target;
    final int status;

    private SheetCells(XSSFSheet sheet) {
        this.sheet = sheet;
        Row header = sheet.getRow(0);
        this.id = column(header, "ID");
        this.source = column(header, "Source (en)");
        this.target = column(header, "Target (ru)");
        this.status = column(header, "Status");
    }

    /**
     * Opens {@code in}, lets {@code edit} change the translation sheet {@code en-ru}, and writes
     * {@code out}.
     */
    static Path edit(Path in, Path out, Consumer<SheetCells> edit) throws IOException {
        try (InputStream stream = Files.newInputStream(in);
                XSSFWorkbook book = new XSSFWorkbook(stream)) {
            edit.accept(new SheetCells(book.getSheet("en-ru")));
            try (OutputStream o = Files.newOutputStream(out)) {
                book.write(o);
            }
        }
        return out;
    }

    XSSFSheet sheet() {
        return sheet;
    }

    /** The data rows (after the header). */
    int rows() {
        return sheet.getLastRowNum();
    }

    Cell cell(int dataRow, int column) {
        return sheet.getRow(dataRow + 1)
                .getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }

    String text(int dataRow, int column) {
        return cell(dataRow, column).getStringCellValue();
    }

    private static int column(Row header, String name) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalStateException("no column " + name);
    }
}
