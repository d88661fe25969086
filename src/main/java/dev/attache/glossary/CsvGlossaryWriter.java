package dev.attache.glossary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the CSV form of a glossary (see {@link CsvLayout}) so that {@link CsvGlossaryReader} reads
 * back an equal glossary: columns {@code id,subject,definition,source}, then per language (en, ru,
 * az first) its terms and their {@code :status}, {@code :pos} and {@code :note}. UTF-8 with a BOM
 * (spreadsheet applications need it to see UTF-8), LF line ends.
 */
public final class CsvGlossaryWriter {
    private static final List<String> FIRST = List.of("en", "ru", "az");

    public void write(Glossary glossary, OutputStream out) throws IOException {
        var languages = new LinkedHashSet<>(FIRST);
        glossary.concepts().forEach(c -> languages.addAll(new TreeSet<>(c.terms().keySet())));
        var header = new ArrayList<>(List.of("id", "subject", "definition", "source"));
        for (String lang : languages) {
            header.addAll(
                    List.of(lang, lang + ":status", lang + ":pos", lang + ":note", lang + ":use"));
        }
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        CSVPrinter printer = new CSVPrinter(text, format);
        printer.printRecord(header);
        for (Concept concept : glossary.concepts()) {
            var row =
                    new ArrayList<>(
                            List.of(
                                    concept.id(),
                                    concept.subject(),
                                    concept.definition(),
                                    concept.source()));
            for (String lang : languages) {
                List<Term> terms = concept.terms(lang);
                row.add(joined(terms, t -> CsvLayout.escape(t.text())));
                row.add(joined(terms, t -> t.status().word()));
                row.add(joined(terms, t -> CsvLayout.escape(t.partOfSpeech())));
                row.add(joined(terms, t -> CsvLayout.escape(t.note())));
                row.add(joined(terms, Term::use));
            }
            printer.printRecord(row);
        }
        printer.flush();
    }

    /** The terms' values joined by {@code |}; empty when every value is. */
    private static String joined(List<Term> terms, Function<Term, String> value) {
        List<String> values = terms.stream().map(value).toList();
        return values.stream().allMatch(String::isEmpty) ? "" : String.join("|", values);
    }
}
