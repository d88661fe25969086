package dev.attache.qa.numbers;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.attache.DataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words and separators of numbers in one language: the lines of {@code
 * dev/attache/qa/numbers-LANG.tsv} (month names, scale words, number words, currency words, …; the
 * file's header says how to extend it) and the grouping and decimal separators of ICU's data for
 * the language, with those the file adds.
 */
final class Lexicon {
    private final String language;
    private final List<LexiconEntry> entries;

    private Lexicon(String language, List<LexiconEntry> entries) {
        this.language = requireNonNull(language, "language");
        this.entries = List.copyOf(entries);
    }

    /**
     * The lexicon of {@code language} ({@code en}, {@code ru}, {@code az}); empty when there is no
     * such file.
     */
    static Optional<Lexicon> of(String language) {
        String resource = "/dev/attache/qa/numbers-" + language + ".tsv";
        return DataFile.find(Lexicon.class, resource)
                .map(
                        file -> {
                            List<LexiconEntry> entries = new ArrayList<>();
                            for (DataFile.Row row : file.rows()) {
                                String[] fields = row.text().split("\t", -1);
                                if (fields.length != 3) {
                                    throw new IllegalStateException(
                                            resource
                                                    + ": not kind TAB value TAB form: "
                                                    + row.text());
                                }
                                entries.add(
                                        new LexiconEntry(
                                                WordKind.named(fields[0]), fields[1], fields[2]));
                            }
                            return new Lexicon(language, entries);
                        });
    }

    /**
     * The entries whose forms are words, longest form first (so that "on bir" is tried before
     * "on").
     */
    List<LexiconEntry> words() {
        List<LexiconEntry> words =
                new ArrayList<>(entries.stream().filter(e -> e.kind().isWord()).toList());
        words.sort((a, b) -> b.form().length() - a.form().length());
        return words;
    }

    /**
     * A regular expression for one grouping separator: ICU's for the language, or one the file
     * adds.
     */
    String grouping() {
        return separator(WordKind.GROUPING, symbols().getGroupingSeparator());
    }

    /**
     * A regular expression for one decimal separator: ICU's for the language, or one the file adds.
     */
    String decimal() {
        return separator(WordKind.DECIMAL, symbols().getDecimalSeparator());
    }

    private String separator(WordKind kind, char icu) {
        List<String> forms = new ArrayList<>(List.of(Pattern.quote(String.valueOf(icu))));
        entries.stream().filter(e -> e.kind() == kind).forEach(e -> forms.add(e.form()));
        return "(?:" + String.join("|", forms) + ")";
    }

    private DecimalFormatSymbols symbols() {
        return DecimalFormatSymbols.getInstance(new ULocale(language));
    }
}
