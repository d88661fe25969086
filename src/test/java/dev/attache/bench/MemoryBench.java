package dev.attache.bench;

import dev.attache.memory.LanguagePair;
import dev.attache.memory.TranslationMemory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * The memory at archive scale ({@code bench.memory} entries, default 10⁶; 0 skips it): a {@link
 * FormulaicTmx} of that many units added by {@code tm add} at {@code -Xmx512m} (time and peak RSS);
 * then leverage, as {@code segment -t ru} of three transcripts of {@value #SENTENCES} distinct
 * sentences, one a line (exact: units the memory holds; fuzzy: the same phrasings with an item
 * number it does not hold, scoring 91; new: a generated transcript's sentences, which no entry
 * comes near), each with the memory and with {@code --no-tm}: the difference over the distinct
 * sentences is the leverage's cost per sentence; then {@code tm concordance "draft agreement"} (in
 * a sixth of the entries) and {@code tm export} of every entry. Each leverage command runs {@code
 * bench.runs} times, the median counted.
 */
public final class MemoryBench {
    static final int SENTENCES = 2_000;
    private static final Pattern COUNTS =
            Pattern.compile("(\\d+) exact, (\\d+) fuzzy, (\\d+) new segments");

    private final BenchSettings settings;
    private final long entries;

    MemoryBench(BenchSettings settings, long entries) {
        this.settings = settings;
        this.entries = entries;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 1) {
            MemoryBench only = new MemoryBench(null, Long.parseLong(args[1]));
            Path tm = Path.of(args[0]);
            for (int round = 0; round < 3; round++) {
                System.out.println(only.lookups("exact", only.exact(round), tm));
                System.out.println(only.lookups("fuzzy", only.fuzzy(round), tm));
            }
            return;
        }
        BenchSettings settings =
                BenchSettings.fromSystemProperties(Path.of(args.length > 0 ? args[0] : "target"));
        long entries = Long.parseLong(System.getProperty("bench.memory", "1000000"));
        System.out.println(
                new MemoryBench(settings, entries).run(settings.root().resolve("work/memory")));
    }

    /** Runs it all in {@code work} and returns the report's section. */
    String run(Path work) throws IOException, InterruptedException {
        ScenarioRunner.deleteTree(work);
        Path tmx = work.resolve("memory.tmx");
        FormulaicTmx.write(entries, tmx);
        Path tm = work.resolve("tm");
        List<String> rows = new ArrayList<>();
        Measurement add =
                once(
                        work.resolve("tm-add"),
                        Scenario.DONE,
                        Math.max(settings.timeoutSeconds(), 3_600),
                        "tm",
                        "add",
                        tmx.toString(),
                        "--tm",
                        tm.toString());
        rows.add(
                row(
                        String.format(
                                Locale.ROOT,
                                "`tm add` of %,d units (%.0f MB of TMX)",
                                entries,
                                Files.size(tmx) / 1e6),
                        add,
                        ""));
        if (add.ok()) {
            rows.add(leverage("exact", exact(0), tm, work));
            rows.add(leverage("fuzzy", fuzzy(0), tm, work));
            rows.add(leverage("new", unseen(work), tm, work));
            lookups("exact", exact(1), tm);
            lookups("fuzzy", fuzzy(1), tm);
            rows.add(lookups("exact", exact(2), tm));
            rows.add(lookups("fuzzy", fuzzy(2), tm));
            Measurement concordance =
                    once(
                            work.resolve("concordance"),
                            Scenario.DONE_OR_FINDINGS,
                            settings.timeoutSeconds(),
                            "tm",
                            "concordance",
                            "draft agreement",
                            "--tm",
                            tm.toString());
            rows.add(row("`tm concordance \"draft agreement\"`", concordance, ""));
            Measurement export =
                    once(
                            work.resolve("export"),
                            Scenario.DONE,
                            settings.timeoutSeconds(),
                            "tm",
                            "export",
                            "-o",
                            "memory.tmx",
                            "--tm",
                            tm.toString());
            rows.add(row("`tm export` (every entry, streamed)", export, ""));
        }
        return String.format(
                Locale.ROOT,
                "%n## The memory at %,d entries%n%n"
                        + "| what | wall | peak RSS | per distinct sentence (with memory − without)"
                        + " |%n|---|---|---|---|%n%s%n",
                entries,
                String.join("\n", rows));
    }

    /**
     * The look-ups {@code segment}'s leverage makes for each distinct sentence (exact first, then
     * fuzzy of 75 or more, at most three, when there is none), in this process on every core as
     * {@code Leverager} runs them, against the memory opened once: wall and CPU time (the whole
     * process's) per sentence. On a machine other work loads, the CPU time is the steadier figure.
     */
    private String lookups(String kind, List<String> sentences, Path tm) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        LanguagePair enRu = LanguagePair.of("en", "ru");
        try (TranslationMemory memory = TranslationMemory.open(tm)) {
            memory.lookup("warm-up sentence for the searcher", enRu, 75, 3);
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            long matched =
                    sentences.parallelStream()
                            .filter(
                                    s ->
                                            !memory.lookup(s, enRu, 100, 1).isEmpty()
                                                    || !memory.lookup(s, enRu, 75, 3).isEmpty())
                            .count();
            double wallMs = (System.nanoTime() - start) / 1e6 / sentences.size();
            double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6 / sentences.size();
            System.out.printf(
                    Locale.ROOT,
                    "  look-ups of %d %s sentences: %.2f ms wall, %.2f ms CPU each, %d matched%n",
                    sentences.size(),
                    kind,
                    wallMs,
                    cpuMs,
                    matched);
            return String.format(
                    Locale.ROOT,
                    "| look-ups alone, %,d %s sentences (%,d with a match; in process, %d cores)"
                            + " | | | %.2f ms wall, %.2f ms CPU |",
                    sentences.size(),
                    kind,
                    matched,
                    Runtime.getRuntime().availableProcessors(),
                    wallMs,
                    cpuMs);
        }
    }

    /** Sentences the memory holds, a different set for each {@code round}. */
    private List<String> exact(int round) {
        long step = Math.max(1, entries / SENTENCES);
        return LongStream.range(0, SENTENCES)
                .mapToObj(k -> FormulaicTmx.sentence((k * step + round) % entries))
                .toList();
    }

    /** The phrasings of the memory with item numbers it does not hold, another set each round. */
    private List<String> fuzzy(int round) {
        return LongStream.range(0, SENTENCES)
                .mapToObj(k -> FormulaicTmx.sentence(entries + k * 7_919 + round))
                .toList();
    }

    private List<String> unseen(Path work) throws IOException {
        Path corpus = work.resolve("unseen.en.txt");
        new CorpusGenerator(CorpusGenerator.SEED + 25).write(SENTENCES * 30L, corpus);
        return Files.readAllLines(corpus, StandardCharsets.UTF_8).stream()
                .skip(4)
                .flatMap(line -> List.of(line.split("(?<=[.!?])\\s+")).stream())
                .filter(s -> s.split(" ").length > 5 && s.endsWith("."))
                .distinct()
                .limit(SENTENCES)
                .toList();
    }

    private String leverage(String kind, List<String> sentences, Path tm, Path work)
            throws IOException, InterruptedException {
        Path transcript = work.resolve(kind + ".en.txt");
        Files.write(transcript, sentences, StandardCharsets.UTF_8);
        List<Measurement> with = new ArrayList<>();
        List<Measurement> without = new ArrayList<>();
        for (int k = 1; k <= settings.runs(); k++) {
            with.add(segment(transcript, work.resolve(kind + "-tm-" + k), "--tm", tm.toString()));
            without.add(segment(transcript, work.resolve(kind + "-none-" + k), "--no-tm"));
        }
        Measurement withTm = median(with);
        Measurement none = median(without);
        long distinct = sentences.stream().distinct().count();
        String counts = counts(work.resolve(kind + "-tm-1"));
        return row(
                String.format(
                        Locale.ROOT,
                        "leverage, %,d %s sentences (`segment -t ru`; %s; without memory %.1f s)",
                        distinct,
                        kind,
                        counts,
                        none.seconds()),
                withTm,
                withTm.ok() && none.ok()
                        ? String.format(
                                Locale.ROOT,
                                "%.2f ms",
                                (withTm.seconds() - none.seconds()) * 1000 / distinct)
                        : "");
    }

    private Measurement segment(Path transcript, Path dir, String... memory)
            throws IOException, InterruptedException {
        List<String> arguments =
                new ArrayList<>(List.of("segment", transcript.toString(), "-t", "ru"));
        arguments.addAll(List.of(memory));
        return once(
                dir, Scenario.DONE, settings.timeoutSeconds(), arguments.toArray(String[]::new));
    }

    private static String counts(Path dir) throws IOException {
        Matcher m = COUNTS.matcher(Files.readString(dir.resolve("stderr.txt")));
        return m.find() ? m.group() : "no memory line";
    }

    private Measurement once(Path dir, Set<Integer> exits, long timeout, String... arguments)
            throws IOException, InterruptedException {
        ScenarioRunner.deleteTree(dir);
        Measurement m =
                new CommandRun(
                                settings.attache(BenchSettings.HEAP, List.of(arguments)),
                                dir,
                                exits,
                                timeout)
                        .measure();
        System.out.printf(
                Locale.ROOT,
                "  %s: %.1f s, %,d KB%s%n",
                String.join(" ", arguments),
                m.seconds(),
                m.peakRssKb(),
                m.ok() ? "" : " " + m.failureRow());
        return m;
    }

    private static Measurement median(List<Measurement> runs) {
        List<Measurement> sorted =
                runs.stream().sorted(Comparator.comparingDouble(Measurement::seconds)).toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String row(String what, Measurement m, String perSentence) {
        return m.ok()
                ? String.format(
                        Locale.ROOT,
                        "| %s | %.1f s | %.0f MB | %s |",
                        what,
                        m.seconds(),
                        m.peakRssKb() / 1024.0,
                        perSentence)
                : "| " + what + " | " + m.failureRow() + " | | |";
    }
}
