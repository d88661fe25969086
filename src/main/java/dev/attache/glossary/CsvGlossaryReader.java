package dev.attache.glossary;

import dev.attache.BadInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV form of a glossary (see {@link CsvLayout}): a header row naming the columns, then
 * one concept a row. UTF-8 (a BOM is skipped), text normalised to NFC. Concepts without an {@code
 * id} column get one from their first English term ({@code c-allied-interaction}) or their row
 * number.
 */
public final class CsvGlossaryReader {

    /** Reads CSV content; {@code file} names it in messages. */
    public ParsedGlossary read(Path file, byte[] content) {
        String text = decode(file, content);
        List<CSVRecord> records;
        try (CSVParser parser =
                CSVFormat.DEFAULT
                        .builder()
                        .setIgnoreEmptyLines(true)
                        .get()
                        .parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BadInputException(file, null, "malformed CSV: " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new BadInputException(file, "the glossary is empty: the file has no rows");
        }
        List<String> columns = header(file, records.get(0));
        var concepts = new ArrayList<Concept>();
        var idRows = new HashMap<String, Long>();
        for (CSVRecord record : records.subList(1, records.size())) {
            String place = "row " + record.getRecordNumber();
            if (record.size() != columns.size()) {
                throw new BadInputException(
                        file,
                        place,
                        "the row has "
                                + record.size()
                                + " fields but the header has "
                                + columns.size());
            }
            var cells = new LinkedHashMap<String, String>();
            for (int i = 0; i < columns.size(); i++) {
                cells.put(
                        columns.get(i),
                        Normalizer.normalize(record.get(i), Normalizer.Form.NFC).strip());
            }
            if (cells.values().stream().allMatch(String::isEmpty)) {
                continue;
            }
            Concept concept =
                    concept(file, place, record.getRecordNumber(), cells, idRows.keySet());
            Long earlier = idRows.putIfAbsent(concept.id(), record.getRecordNumber());
            if (earlier != null) {
                throw new BadInputException(
                        file,
                        place,
                        "concept id '" + concept.id() + "' was already used in row " + earlier);
            }
            concepts.add(concept);
        }
        if (concepts.isEmpty()) {
            throw new BadInputException(
                    file, "the glossary is empty: the file has a header but no concepts");
        }
        return new ParsedGlossary(new Glossary(concepts), List.of());
    }

    private static String decode(Path file, byte[] content) {
        try {
            String text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(content))
                            .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, "the file is not UTF-8 text");
        }
    }

    private static List<String> header(Path file, CSVRecord first) {
        var columns = new ArrayList<String>();
        for (String cell : first) {
            String column =
                    CsvLayout.column(cell)
                            .orElseThrow(
                                    () ->
                                            new BadInputException(
                                                    file,
                                                    "row 1",
                                                    first.stream()
                                                                    .anyMatch(
                                                                            c ->
                                                                                    TbxReader.NEEDED
                                                                                            .contains(
                                                                                                    c.strip()
                                                                                                            .toLowerCase(
                                                                                                                    Locale
                                                                                                                            .ROOT)))
                                                            ? "unknown column '"
                                                                    + cell.strip()
                                                                    + "' (columns are languages such as en, ru, az, "
                                                                    + "<lang>:status, <lang>:pos, <lang>:note, <lang>:use, id, subject, definition, source, status, pos, note)"
                                                            : missingHeader(first)));
            if (columns.contains(column)) {
                throw new BadInputException(
                        file, "row 1", "column '" + column + "' appears twice in the header");
            }
            columns.add(column);
        }
        if (columns.stream().noneMatch(TbxReader.NEEDED::contains)) {
            throw new BadInputException(file, "row 1", missingHeader(first));
        }
        for (String column : columns) {
            int colon = column.indexOf(':');
            if (colon > 0 && !columns.contains(column.substring(0, colon))) {
                throw new BadInputException(
                        file,
                        "row 1",
                        "column '"
                                + column
                                + "' has no '"
                                + column.substring(0, colon)
                                + "' column of terms");
            }
        }
        return columns;
    }

    private static String missingHeader(CSVRecord first) {
        return "missing header: the first row must name the columns, e.g. en,ru,az (it reads '"
                + String.join(",", first.toList())
                + "')";
    }

    private static Concept concept(
            Path file, String place, long row, Map<String, String> cells, Set<String> usedIds) {
        var terms = new LinkedHashMap<String, List<Term>>();
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            String lang = cell.getKey();
            if (!CsvLayout.isLanguage(lang) || cell.getValue().isEmpty()) {
                continue;
            }
            terms.put(lang, terms(file, place, lang, cells));
        }
        if (terms.isEmpty()) {
            throw new BadInputException(file, place, "the row has no terms");
        }
        String id = cells.getOrDefault("id", "");
        if (id.isEmpty()) {
            id = generatedId(terms, row, usedIds);
        }
        return new Concept(
                id,
                cells.getOrDefault("subject", ""),
                cells.getOrDefault("definition", ""),
                cells.getOrDefault("source", ""),
                terms);
    }

    private static List<Term> terms(
            Path file, String place, String lang, Map<String, String> cells) {
        List<String> parts = CsvLayout.split(cells.get(lang));
        List<String> statuses =
                perTerm(file, place, lang + ":status", cells, parts.size(), "status");
        List<String> pos = perTerm(file, place, lang + ":pos", cells, parts.size(), "pos");
        List<String> notes = perTerm(file, place, lang + ":note", cells, parts.size(), "note");
        List<String> uses = perTerm(file, place, lang + ":use", cells, parts.size(), "use");
        var terms = new ArrayList<Term>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            boolean bang = part.startsWith("!");
            String text = CsvLayout.unescape(bang ? part.substring(1) : part).strip();
            if (text.isEmpty()) {
                throw new BadInputException(file, place, "column " + lang + " has an empty term");
            }
            TermStatus status =
                    bang ? TermStatus.DEPRECATED : status(file, place, lang, statuses.get(i));
            terms.add(
                    new Term(
                            text,
                            status,
                            pos.get(i),
                            notes.get(i),
                            use(file, place, lang, uses.get(i))));
        }
        return terms;
    }

    /** The values of a per-term column, one per term, falling back to the row-wide column. */
    private static List<String> perTerm(
            Path file,
            String place,
            String column,
            Map<String, String> cells,
            int count,
            String rowColumn) {
        String cell = cells.getOrDefault(column, "");
        String fallback = CsvLayout.unescape(cells.getOrDefault(rowColumn, ""));
        if (cell.isEmpty()) {
            return Collections.nCopies(count, fallback);
        }
        List<String> values = CsvLayout.split(cell).stream().map(CsvLayout::unescape).toList();
        if (values.size() == 1) {
            return Collections.nCopies(count, values.get(0));
        }
        if (values.size() != count) {
            throw new BadInputException(
                    file,
                    place,
                    "column "
                            + column
                            + " has "
                            + values.size()
                            + " values for "
                            + count
                            + " terms");
        }
        return values.stream().map(v -> v.isEmpty() ? fallback : v).toList();
    }

    /**
     * A {@code <lang>:use} value: empty, {@code speaker-label} for the form that labels a speaker
     * turn, or {@code generic-sense} for a common noun used generically.
     */
    private static String use(Path file, String place, String lang, String use) {
        if (!Term.USES.contains(use)) {
            throw new BadInputException(
                    file,
                    place,
                    "unknown "
                            + lang
                            + " use '"
                            + use
                            + "' (use "
                            + Term.SPEAKER_LABEL_SUBSET
                            + " or "
                            + Term.GENERIC_SENSE_SUBSET
                            + ", or leave it empty)");
        }
        return use;
    }

    private static TermStatus status(Path file, String place, String lang, String word) {
        if (word.isEmpty()) {
            return TermStatus.PREFERRED;
        }
        for (TermStatus status : TermStatus.values()) {
            if (status.word().equals(word.toLowerCase(Locale.ROOT))
                    || status.tbxValue().equals(word)) {
                return status;
            }
        }
        throw new BadInputException(
                file,
                place,
                "unknown "
                        + lang
                        + " status '"
                        + word
                        + "' (use preferred, admitted or deprecated)");
    }

    private static String generatedId(
            Map<String, List<Term>> terms, long row, Set<String> usedIds) {
        String english =
                terms.getOrDefault("en", List.of()).stream().findFirst().map(Term::text).orElse("");
        String slug =
                Normalizer.normalize(english, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-|-$", "");
        String id = slug.isEmpty() ? "row-" + row : "c-" + slug;
        return usedIds.contains(id) ? id + "-" + row : id;
    }
}
