package dev.attache.bench;

import dev.attache.glossary.TermMatcherBenchmark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@link TermMatcherBenchmark} on {@code transcript} in a fresh JVM (test class path) and
 * reads the ratio it prints last: {@code after warm-up: 10,042 concepts cost 1.41 times what 42
 * cost (…)}.
 */
record TermMatchingRun(BenchSettings settings, Path transcript) {
    private static final Pattern RATIO = Pattern.compile("cost (\\d+\\.\\d+) times what");

    /** The benchmark's last line, and the ratio in it (empty when the run failed). */
    record Outcome(String summary, Optional<Double> ratio) {}

    Outcome run(Path workDir) throws IOException, InterruptedException {
        Measurement m =
                new CommandRun(
                                List.of(
                                        settings.java(),
                                        BenchSettings.HEAP,
                                        "-cp",
                                        settings.testClassPath(),
                                        TermMatcherBenchmark.class.getName(),
                                        transcript.toAbsolutePath().toString()),
                                workDir,
                                Scenario.DONE,
                                settings.timeoutSeconds())
                        .measure();
        List<String> lines =
                Files.readAllLines(workDir.resolve("stdout.txt"), StandardCharsets.UTF_8);
        String last = lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
        Matcher ratio = RATIO.matcher(last);
        if (!m.ok() || !ratio.find()) {
            return new Outcome("failed: " + (m.ok() ? last : m.failureRow()), Optional.empty());
        }
        return new Outcome(
                last.replaceFirst("^after warm-up: ", ""),
                Optional.of(Double.parseDouble(ratio.group(1))));
    }
}
