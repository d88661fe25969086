package dev.attache.deliver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The word counts of several XLIFF files, in the order given, and their totals per language pair
 * (only counts of the same source and target language can be added), in the order the pairs first
 * appear.
 */
public record WordCountReport(List<FileWordCount> files, List<LanguagePairTotal> totals) {
    public WordCountReport {
        files = List.copyOf(files);
        totals = List.copyOf(totals);
    }

    /** The report over these files, with their totals. */
    public static WordCountReport of(List<FileWordCount> files) {
        var totals = new LinkedHashMap<String, LanguagePairTotal>();
        for (FileWordCount file : files) {
            DocumentWordCount count = file.count();
            totals.merge(
                    count.languagePair(),
                    new LanguagePairTotal(1, count),
                    (sum, one) ->
                            new LanguagePairTotal(sum.files() + 1, sum.count().plus(one.count())));
        }
        return new WordCountReport(files, new ArrayList<>(totals.values()));
    }
}
