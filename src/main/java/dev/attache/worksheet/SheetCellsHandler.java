package dev.attache.worksheet;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one sheet's XML and hands over each row as its cells by 0-based column, every cell as a
 * {@link TargetCell}: text (shared, inline or rich, with {@code _xHHHH_} escapes decoded), a number
 * or date as its format shows it ({@code 2022}, never {@code 2022.0}), a boolean as {@code
 * TRUE}/{@code FALSE}, a formula with its expression and cached value, or an error code. Text is
 * not normalised here.
 */
final class SheetCellsHandler extends DefaultHandler {
    /** A row as read: its 1-based number and its non-empty cells. */
    record SheetRow(int number, Map<Integer, TargetCell> cells) {}

    /**
     * Thrown at the end of the sheet's cells: what follows them (conditional formats, thousands in
     * a large worksheet, validations, page set-up) is not read.
     */
    static final class EndOfCells extends SAXException {
        private EndOfCells() {
            super("the sheet's cells end here");
        }
    }

    private final PlainSharedStrings strings;
    private final StylesTable styles;
    private final Consumer<SheetRow> rows;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final Map<String, String> sharedFormulas = new HashMap<>();

    private int rowNumber;
    private int column;
    private Map<Integer, TargetCell> cells;
    private String type;
    private String style;
    private String sharedIndex;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private boolean hasFormula;
    private StringBuilder collecting;
    private boolean inPhonetic;

    SheetCellsHandler(PlainSharedStrings strings, StylesTable styles, Consumer<SheetRow> rows) {
        this.strings = strings;
        this.styles = styles;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                column = -1;
                cells = new TreeMap<>();
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? column + 1 : column(ref);
                type = attributes.getValue("t");
                style = attributes.getValue("s");
                value.setLength(0);
                formula.setLength(0);
                inline.setLength(0);
                hasFormula = false;
                sharedIndex = null;
            }
            case "v" -> collecting = value;
            case "f" -> {
                hasFormula = true;
                collecting = formula;
                if ("shared".equals(attributes.getValue("t"))) {
                    sharedIndex = attributes.getValue("si");
                }
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> collecting = inPhonetic || cells == null ? null : inline;
            default -> {
                // other elements carry nothing the reader needs
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting != null) {
            collecting.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws EndOfCells {
        switch (localName) {
            case "sheetData" -> throw new EndOfCells();
            case "v", "f", "t" -> collecting = null;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                TargetCell cell = cell();
                if (!(cell instanceof TargetCell.Text text && text.value().isEmpty())) {
                    openRowCells("a cell").put(column, cell);
                }
            }
            case "row" -> {
                rows.accept(new SheetRow(rowNumber, openRowCells("a row's end")));
                cells = null;
            }
            default -> {
                // nothing to finish
            }
        }
    }

    /**
     * The cells of the row being read; a damaged sheet (a cell, or a row's end, where no row is
     * open, as in a row inside a row) fails as such.
     */
    private Map<Integer, TargetCell> openRowCells(String what) {
        if (cells == null) {
            throw new IllegalStateException(what + " outside a row, after row " + rowNumber);
        }
        return cells;
    }

    /**
     * The 0-based column of a cell reference as a sheet's XML gives it ({@code AB12}), read without
     * POI's {@link CellReference}, whose regular expressions cost a tenth of reading a large sheet;
     * any other form ({@code $A$1}) is left to it.
     */
    static int column(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            column = column * 26 + ref.charAt(i) - 'A' + 1;
            i++;
        }
        if (i == 0 || i > 3 || i == ref.length()) {
            return columnOfAnyForm(ref);
        }
        for (int d = i; d < ref.length(); d++) {
            if (ref.charAt(d) < '0' || ref.charAt(d) > '9') {
                return columnOfAnyForm(ref);
            }
        }
        return column - 1;
    }

    /** The column of a reference POI reads; one it cannot read is a damaged sheet. */
    private static int columnOfAnyForm(String ref) {
        try {
            return new CellReference(ref).getCol();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a cell reference that names no cell: " + ref, e);
        }
    }

    private TargetCell cell() {
        String shown = shownValue();
        if (hasFormula) {
            String expression = formula.toString();
            if (sharedIndex != null) {
                if (expression.isEmpty()) {
                    expression = sharedFormulas.getOrDefault(sharedIndex, "");
                } else {
                    sharedFormulas.put(sharedIndex, expression);
                }
            }
            return new TargetCell.Formula(expression, shown);
        }
        return "e".equals(type) ? new TargetCell.ErrorValue(shown) : new TargetCell.Text(shown);
    }

    private String shownValue() {
        String raw = value.toString();
        return switch (type == null ? "n" : type) {
            case "s" -> raw.isEmpty() ? "" : decode(strings.at(Integer.parseInt(raw.trim())));
            case "inlineStr" -> decode(inline.toString());
            case "str", "e", "d" -> decode(raw);
            case "b" -> raw.isEmpty() ? "" : "1".equals(raw.trim()) ? "TRUE" : "FALSE";
            default -> number(raw.trim());
        };
    }

    private String number(String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        XSSFCellStyle cellStyle =
                style == null || styles == null ? null : styles.getStyleAt(Integer.parseInt(style));
        String format = cellStyle == null ? "General" : cellStyle.getDataFormatString();
        if (format == null || format.equalsIgnoreCase("General") || format.equals("@")) {
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        }
        return formatter.formatRawCellContents(
                Double.parseDouble(raw), cellStyle.getDataFormat(), format);
    }

    /** Decodes the {@code _xHHHH_} escapes that OOXML uses for characters XML cannot carry. */
    private static String decode(String raw) {
        return raw.indexOf("_x") < 0 ? raw : new XSSFRichTextString(raw).getString();
    }
}
