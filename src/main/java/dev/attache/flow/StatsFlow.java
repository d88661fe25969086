package dev.attache.flow;

import dev.attache.deliver.DocumentWordCount;
import dev.attache.deliver.FileWordCount;
import dev.attache.deliver.GmxWordCounter;
import dev.attache.deliver.WordCountReport;
import dev.attache.xliff.XliffFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code stats} flow: the GMX-V word counts of XLIFF files and their totals per language pair.
 * Every file is read and counted before anything is returned, so that a bad file (a {@link
 * dev.attache.BadInputException}) leaves no partial report. Okapi's tokenizer is built on another
 * thread while the first file is read.
 */
public final class StatsFlow {
    private final GmxWordCounter counter = new GmxWordCounter();

    public WordCountReport run(List<Path> xliffs) {
        counter.warmUp(Locale.ENGLISH);
        return WordCountReport.of(
                xliffs.stream()
                        .map(
                                xliff ->
                                        new FileWordCount(
                                                xliff,
                                                DocumentWordCount.of(
                                                        XliffFiles.read(xliff), counter)))
                        .toList());
    }
}
