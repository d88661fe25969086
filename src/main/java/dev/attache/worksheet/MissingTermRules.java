package dev.attache.worksheet;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The translation sheet's missing-term warnings: one conditional-format rule per distinct set of
 * concepts that rows expect in their Target cells, on the Target cells of every row that expects
 * that set ({@code D5:D9 D14 D20:D21}). A rule's formula is written for its top-left cell, where
 * spreadsheets anchor it (the ranges go down the column, so that is the first cell of the first
 * range), relative in the row: Excel, LibreOffice and Gnumeric move that reference to each cell the
 * rule covers, so every row is checked against its own target. A set is the same whatever the order
 * its concepts come in; its formula lists them in the order of its first row. A set's rows are held
 * as runs of consecutive rows, two numbers a run: a generated 1 M-word transcript has some 16,000
 * sets, most of them on one row.
 */
final class MissingTermRules {
    /**
     * The most ranges one rule covers: what Excel's binary formats can hold in a rule's list of
     * ranges (MS-XLS 2.5.247, {@code SqRefU}, at most 0x2000; an .xlsx may hold more). A set with
     * more runs of rows gets more rules.
     */
    static final int MAX_RANGES = 0x2000;

    private final String column;
    private final int maxRanges;
    private final Map<Set<List<List<String>>>, RowsExpecting> sets = new LinkedHashMap<>();

    /**
     * Rules on the Target cells of {@code column} (a letter), each covering at most {@code
     * maxRanges} ranges.
     */
    MissingTermRules(char column, int maxRanges) {
        if (maxRanges < 1) {
            throw new IllegalArgumentException(
                    "a rule covers at least one range, not " + maxRanges);
        }
        this.column = String.valueOf(column);
        this.maxRanges = maxRanges;
    }

    /**
     * Adds a row of the sheet (1-based, as Excel numbers them; rows come in ascending order) and
     * what it expects: per concept, the stems of each acceptable rendering ({@link
     * GlossaryHints#expectedStems}). A row that expects nothing gets no rule.
     */
    void add(int sheetRow, List<List<List<String>>> concepts) {
        if (!concepts.isEmpty()) {
            sets.computeIfAbsent(Set.copyOf(concepts), set -> new RowsExpecting(concepts))
                    .add(sheetRow);
        }
    }

    /**
     * Writes the rules as {@code conditionalFormatting} elements, with priorities from {@code
     * firstPriority} up, all with the format {@code format}. All the rules share one format: POI
     * would add a format per rule, and a large worksheet's styles would then look like a zip bomb
     * to POI's reader.
     */
    void writeTo(XMLStreamWriter xml, int firstPriority, long format) throws XMLStreamException {
        int priority = firstPriority;
        for (RowsExpecting rows : sets.values()) {
            for (int first = 0; first < rows.runCount(); first += maxRanges) {
                int end = Math.min(first + maxRanges, rows.runCount());
                writeRule(
                        xml,
                        rows.sqref(column, first, end),
                        formula(rows.concepts, rows.firstRow(first)),
                        priority++,
                        format);
            }
        }
    }

    /**
     * True while the Target cell of {@code sheetRow} is filled in but lacks a concept: for each
     * concept, every rendering misses one of its stems. {@code SEARCH} ignores case in Excel and
     * LibreOffice alike; stems hold only letters and digits, so no wildcard can misfire.
     */
    private String formula(List<List<List<String>>> concepts, int sheetRow) {
        String cell = "$" + column + sheetRow;
        String missing =
                concepts.stream()
                        .map(
                                renderings ->
                                        renderings.stream()
                                                .map(
                                                        stems ->
                                                                stems.stream()
                                                                        .map(
                                                                                s ->
                                                                                        "ISERROR(SEARCH(\""
                                                                                                + s
                                                                                                + "\","
                                                                                                + cell
                                                                                                + "))")
                                                                        .collect(
                                                                                Collectors.joining(
                                                                                        ",", "OR(",
                                                                                        ")")))
                                                .collect(Collectors.joining(",", "AND(", ")")))
                        .collect(Collectors.joining(",", "OR(", ")"));
        return "AND(LEN(TRIM(" + cell + "))>0," + missing + ")";
    }

    private static void writeRule(
            XMLStreamWriter xml, String sqref, String formula, int priority, long format)
            throws XMLStreamException {
        xml.writeStartElement("conditionalFormatting");
        xml.writeAttribute("sqref", sqref);
        xml.writeStartElement("cfRule");
        xml.writeAttribute("type", "expression");
        xml.writeAttribute("priority", Integer.toString(priority));
        xml.writeAttribute("dxfId", Long.toString(format));
        xml.writeStartElement("formula");
        xml.writeCharacters(formula);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * The rows that expect one set of concepts, in runs of consecutive rows; the concepts as the
     * first gave them.
     */
    private static final class RowsExpecting {
        private final List<List<List<String>>> concepts;

        /** The first and last row of each run, in row order. */
        private int[] runs = new int[2];

        private int size;

        RowsExpecting(List<List<List<String>>> concepts) {
            this.concepts = concepts;
        }

        void add(int sheetRow) {
            if (size > 0 && sheetRow <= runs[size - 1]) {
                throw new IllegalArgumentException(
                        "rows come in ascending order: "
                                + sheetRow
                                + " came after "
                                + runs[size - 1]);
            }
            if (size > 0 && runs[size - 1] == sheetRow - 1) {
                runs[size - 1] = sheetRow;
                return;
            }
            if (size == runs.length) {
                runs = Arrays.copyOf(runs, size * 2);
            }
            runs[size++] = sheetRow;
            runs[size++] = sheetRow;
        }

        int runCount() {
            return size / 2;
        }

        int firstRow(int run) {
            return runs[2 * run];
        }

        /**
         * The runs from {@code first} up to {@code end} (exclusive) as a sqref: {@code D5:D9 D14}.
         */
        String sqref(String column, int first, int end) {
            StringJoiner sqref = new StringJoiner(" ");
            for (int run = first; run < end; run++) {
                int from = runs[2 * run];
                int to = runs[2 * run + 1];
                sqref.add(from == to ? column + from : column + from + ":" + column + to);
            }
            return sqref.toString();
        }
    }
}
