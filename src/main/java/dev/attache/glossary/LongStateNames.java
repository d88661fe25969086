package dev.attache.glossary;

import dev.attache.DataFile;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words that make a state's name its long official form ("Federation", "Republic", "Федерации",
 * "Республики"), per language: data, {@code state-long-name-words.tsv} beside this class, each row
 * a language and the start of such a word in lower case.
 */
final class LongStateNames {
    /** A row of the file: a language and the start of a word of a long state name. */
    private record Word(String lang, String start) {}

    private static final List<Word> WORDS = read();

    private LongStateNames() {}

    /** Whether {@code text} in {@code lang} has a word of a long state name. */
    static boolean holds(String lang, String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s\u00A0]+"))
                .anyMatch(
                        word ->
                                WORDS.stream()
                                        .anyMatch(
                                                w ->
                                                        w.lang().equals(lang)
                                                                && word.startsWith(w.start())));
    }

    private static List<Word> read() {
        return DataFile.read(LongStateNames.class, "state-long-name-words.tsv").rows().stream()
                .map(
                        row -> {
                            String[] cells = row.text().split("\t");
                            if (cells.length != 2) {
                                throw new IllegalStateException(
                                        "state-long-name-words.tsv:"
                                                + row.line()
                                                + ": a language and a word start, tab-separated");
                            }
                            return new Word(cells[0], cells[1]);
                        })
                .toList();
    }
}
