package dev.attache.segment;

import dev.attache.transcript.Paragraph;
import dev.attache.transcript.ParagraphKind;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.transcript.TranscriptReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Segments about a million words of transcript-like English with the project's tailored rules and
 * with Okapi's default rules file, and prints the time each takes: elapsed, and CPU time of the
 * segmenting thread (the figure that matters on a shared machine). The tailored rules run three
 * rounds, Okapi's one (it takes minutes); {@code --tailored-only} skips Okapi's. Not a test: run it
 * by hand after {@code mvn test-compile}: {@code java -cp
 * target/test-classes:target/classes:<dependencies> dev.attache.segment.SegmentationBenchmark}.
 */
public final class SegmentationBenchmark {
    private static final int TARGET_WORDS = 1_000_000;

    private SegmentationBenchmark() {}

    public static void main(String[] args) throws IOException, URISyntaxException {
        List<String> corpus = corpus();
        long words = corpus.stream().mapToLong(p -> p.split("\\s+").length).sum();
        System.out.printf(Locale.ROOT, "%d paragraphs, %d words%n", corpus.size(), words);
        Path okapiDefault =
                Path.of(
                        SegmentationBenchmark.class
                                .getResource("/schemas/srx/okapi-defaultSegmentation.srx")
                                .toURI());
        for (int round = 0; round < 3; round++) {
            run("tailored english.srx", SrxSegmenter.english(), corpus);
        }
        if (!List.of(args).contains("--tailored-only")) {
            run("Okapi defaultSegmentation.srx", SrxSegmenter.fromFile(okapiDefault), corpus);
        }
    }

    private static void run(String name, SrxSegmenter segmenter, List<String> corpus) {
        for (String paragraph : corpus.subList(0, Math.min(2_000, corpus.size()))) {
            segmenter.segment(paragraph);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long segments = 0;
        for (String paragraph : corpus) {
            segments += segmenter.segment(paragraph).segments().size();
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%-30s %7.2f s elapsed %7.2f s CPU  %,d segments%n",
                name,
                seconds,
                cpuSeconds,
                segments);
    }

    /**
     * The shipped transcript's body paragraphs and the segmentation table's sentences, repeated.
     */
    private static List<String> corpus() throws IOException {
        List<String> samples = new ArrayList<>();
        Path shipped = Path.of("transcripts/lavrov-aliyev-2023-02-27.en.txt");
        new TranscriptReader()
                .read(shipped, TranscriptOptions.defaults()).paragraphs().stream()
                        .filter(p -> p.kind() == ParagraphKind.BODY)
                        .map(Paragraph::text)
                        .forEach(samples::add);
        try (InputStream table =
                SegmentationBenchmark.class.getResourceAsStream("segmentation-cases.tsv")) {
            new String(table.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#") && line.contains("\t"))
                    .map(line -> line.substring(line.indexOf('\t') + 1).replace(" ‖ ", " "))
                    .forEach(samples::add);
        }
        List<String> corpus = new ArrayList<>();
        long words = 0;
        for (int i = 0; words < TARGET_WORDS; i++) {
            String paragraph = samples.get(i % samples.size());
            corpus.add(paragraph);
            words += paragraph.split("\\s+").length;
        }
        return corpus;
    }
}
