package dev.attache.glossary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time the verb finders add to matching (the POS trade-off; precision and recall are {@link
 * CorpusHintsTest}'s): the segments of the real-page corpus, repeated to a million words, matched
 * against the shipped glossary with no verb finder, with the lexical rule and with OpenNLP's
 * tagger, one thread, each after a warm-up pass; the best of three passes (measured in that order:
 * the first finder measured in a JVM pays for its warm-up). Not a unit test: its main method (test
 * class path, from the module directory) prints one line each. On the shared 2-core machine: none
 * 2.39 s, lexical rule 2.35 s, OpenNLP 26.4 s.
 */
public final class VerbFinderBenchmark {
    private static final int WORDS = 1_000_000;

    private VerbFinderBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path tbx = Path.of("glossary/diplomatic-terms.tbx");
        Glossary glossary = new TbxReader().read(tbx, Files.readAllBytes(tbx)).glossary();
        List<String> segments = new ArrayList<>();
        CorpusHints.pages().forEach(page -> segments.addAll(page.segments()));
        List<String> text = new ArrayList<>();
        int words = 0;
        for (int i = 0; words < WORDS; i++) {
            String segment = segments.get(i % segments.size());
            // a fresh number in each copy keeps the matcher's per-word cache from seeing only
            // repeats
            text.add(segment + " " + i);
            words += segment.split("\\s+").length + 1;
        }
        Map<String, VerbFinder> finders = new LinkedHashMap<>();
        finders.put("none", VerbFinder.NONE);
        finders.put("lexical rule (VerbCues)", VerbCues.english());
        finders.put("OpenNLP", new OpenNlpVerbs());
        for (Map.Entry<String, VerbFinder> finder : finders.entrySet()) {
            TermMatcher matcher = new TermMatcher(glossary, "en", finder.getValue());
            long best = Long.MAX_VALUE;
            int hits = 0;
            for (int pass = 0; pass < 4; pass++) {
                long start = System.nanoTime();
                hits = 0;
                for (String segment : text) {
                    hits += matcher.find(segment).size();
                }
                long elapsed = System.nanoTime() - start;
                if (pass > 0) {
                    best = Math.min(best, elapsed);
                }
            }
            System.out.printf(
                    "%-24s %,d words, %,d segments, %,d hits: %,d ms%n",
                    finder.getKey(), words, text.size(), hits, best / 1_000_000);
        }
    }
}
