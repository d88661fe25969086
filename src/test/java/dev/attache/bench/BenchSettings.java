package dev.attache.bench;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the suite runs, from system properties: {@code bench.sizes} (words per generated transcript,
 * default 10000,100000,1000000), {@code bench.runs} (runs per scenario, default 3), {@code
 * bench.timeout} (seconds per command, default 600), {@code bench.baselines-only} (true: only the
 * commands that have baselines, {@code prepare} and {@code import}, with their baselines, and no
 * term-matching run: the comparison on a busy machine), {@code bench.memory} (entries of the memory
 * at scale, {@link MemoryBench}, default 1000000; 0 skips it); the jar under test, the folder for
 * corpora, scratch folders and the report, the java launcher and the test class path (for the
 * baselines).
 */
record BenchSettings(
        List<Long> sizes,
        int runs,
        long timeoutSeconds,
        boolean baselinesOnly,
        long memoryEntries,
        Path jar,
        Path root,
        String java,
        String testClassPath) {
    static final String HEAP = "-Xmx512m";

    BenchSettings {
        sizes = List.copyOf(sizes);
        if (runs < 1 || timeoutSeconds < 1 || sizes.isEmpty() || memoryEntries < 0) {
            throw new IllegalArgumentException(
                    "bench.runs, bench.timeout and bench.sizes must be positive");
        }
    }

    static BenchSettings fromSystemProperties(Path buildDirectory) {
        List<Long> sizes =
                Arrays.stream(System.getProperty("bench.sizes", "10000,100000,1000000").split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .map(s -> Long.parseLong(s.replace("_", "")))
                        .toList();
        return new BenchSettings(
                sizes,
                Integer.parseInt(System.getProperty("bench.runs", "3").strip()),
                Long.parseLong(System.getProperty("bench.timeout", "600").strip()),
                Boolean.parseBoolean(System.getProperty("bench.baselines-only", "false").strip()),
                Long.parseLong(
                        System.getProperty("bench.memory", "1000000").strip().replace("_", "")),
                buildDirectory.resolve("attache.jar").toAbsolutePath(),
                buildDirectory.resolve("bench").toAbsolutePath(),
                ProcessHandle.current().info().command().orElse("java"),
                absolute(System.getProperty("java.class.path")));
    }

    /** {@code java -Xmx512m -jar target/attache.jar ARGS}: a command as a user runs it. */
    List<String> attache(String heap, List<String> arguments) {
        return concat(List.of(java, heap, "-jar", jar.toString()), arguments);
    }

    /**
     * {@code env ATTACHE_JAVA_OPTS=-Xmx512m <project>/attache ARGS}: the launcher next to {@code
     * target}, which maps the class-data archive the build recorded and chooses the JVM's options
     * as for a user.
     */
    List<String> launcher(List<String> arguments) {
        Path script = jar.getParent().resolveSibling("attache");
        return concat(List.of("env", "ATTACHE_JAVA_OPTS=" + HEAP, script.toString()), arguments);
    }

    /**
     * {@code java -Xmx512m -cp <test class path> MAIN-CLASS ARGS}: a baseline, its main class
     * first.
     */
    List<String> baseline(List<String> mainClassAndArguments) {
        return concat(List.of(java, HEAP, "-cp", testClassPath), mainClassAndArguments);
    }

    /** The class path with every entry absolute: the baseline runs in a scratch folder. */
    private static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(e -> !e.isEmpty())
                .map(e -> Path.of(e).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static List<String> concat(List<String> head, List<String> tail) {
        return Stream.concat(head.stream(), tail.stream()).toList();
    }
}
