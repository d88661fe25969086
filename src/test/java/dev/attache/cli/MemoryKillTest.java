package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.flow.TranslatedFixture;
import dev.attache.memory.LanguagePair;
import dev.attache.memory.MemoryContents;
import dev.attache.memory.MemoryEntry;
import dev.attache.memory.MemoryMatch;
import dev.attache.memory.ProjectMemory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: a real {@code attache tm add} process killed (SIGKILL) at any moment leaves the memory
 * usable: as it was before, or with every new pair; never unreadable, never half a pair. The add
 * commits once, through Lucene's commit, and a killed run's {@code write.lock} is released by the
 * operating system.
 */
class MemoryKillTest {
    private static final LanguagePair EN_RU = LanguagePair.of("en", "ru");
    private static final int NEW_PAIRS = 1_500;
    private static final int KILLS = 8;
    private static final int LOOKUP_STEP = 250;

    @TempDir Path dir;

    @Test
    void aKillAtAnyMomentOfTmAddLeavesTheOldMemoryOrTheNewOne() throws Exception {
        Path base = TranslatedFixture.memoryOfTheShippedTranscript(dir);
        Map<String, String> old = contents(base);
        assertThat(old).hasSize(27);
        Map<String, String> added = new LinkedHashMap<>();
        for (int i = 0; i < NEW_PAIRS; i++) {
            String source =
                    "Delegation "
                            + i
                            + " discussed item "
                            + (i * 7 % 101)
                            + " of the agenda on cooperation"
                            + " in sector "
                            + (i % 13)
                            + " and agreed to meet again in "
                            + (2000 + i % 50)
                            + ".";
            added.put(source, TranslatedFixture.translationOf(source, "ru"));
        }
        Path tmx = writeTmx(dir.resolve("generated.tmx"), added);
        Map<String, String> all = new LinkedHashMap<>(old);
        all.putAll(added);

        Path measured = copy(base, dir.resolve("tm-measured"));
        long start = System.nanoTime();
        Process full = tmAdd(tmx, measured);
        assertThat(full.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(full.exitValue()).isZero();
        assertThat(contents(measured)).isEqualTo(all);

        List<String> observed = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            long delay = 300 + (runMillis - 300) * k / (KILLS - 1);
            Path tm = copy(base, dir.resolve("tm-" + k));
            Process run = tmAdd(tmx, tm);
            boolean ended = run.waitFor(delay, TimeUnit.MILLISECONDS);
            run.destroyForcibly();
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();

            Map<String, String> after = contents(tm);
            observed.add(
                    delay
                            + " ms"
                            + (ended ? " (had ended)" : "")
                            + ": "
                            + after.size()
                            + (Files.exists(tm.resolve("write.lock")) ? " +write.lock" : ""));
            assertThat(after)
                    .as("after a kill at %d ms", delay)
                    .satisfiesAnyOf(
                            m -> assertThat(m).isEqualTo(old), m -> assertThat(m).isEqualTo(all));
            lookUp(tm, old, added, after.size() > old.size());

            CliRun again = CliRun.of("tm", "add", tmx.toString(), "--tm", tm.toString());
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(contents(tm)).isEqualTo(all);
        }
        System.err.println(
                "tm add of "
                        + NEW_PAIRS
                        + " pairs took "
                        + runMillis
                        + " ms; entries after each kill: "
                        + observed);
    }

    /** The memory's entries (source to target), all of the language pair, none twice. */
    private static Map<String, String> contents(Path tm) {
        try (ProjectMemory memory = ProjectMemory.open(tm)) {
            Map<String, String> contents = new LinkedHashMap<>();
            for (MemoryEntry entry : MemoryContents.of(memory)) {
                assertThat(entry.languages()).isEqualTo(EN_RU);
                assertThat(contents.put(entry.source(), entry.target()))
                        .as(entry.source())
                        .isNull();
            }
            assertThat(memory.counts()).isEqualTo(Map.of(EN_RU, contents.size()));
            return contents;
        }
    }

    /**
     * Every old entry, and every {@value #LOOKUP_STEP}th new one when the memory has them (a fuzzy
     * lookup over thousands of near-alike generated sentences is slow), is found by its source as
     * an exact match with its own target.
     */
    private static void lookUp(
            Path tm, Map<String, String> old, Map<String, String> added, boolean withAdded) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>(old.entrySet());
        if (withAdded) {
            List<Map.Entry<String, String>> list = new ArrayList<>(added.entrySet());
            for (int i = 0; i < list.size(); i += LOOKUP_STEP) {
                pairs.add(list.get(i));
            }
        }
        try (ProjectMemory memory = ProjectMemory.open(tm)) {
            for (Map.Entry<String, String> pair : pairs) {
                List<MemoryMatch> matches = memory.lookup(pair.getKey(), EN_RU, 100, 1);
                assertThat(matches).as(pair.getKey()).hasSize(1);
                assertThat(matches.get(0).exact()).isTrue();
                assertThat(matches.get(0).entry().target()).isEqualTo(pair.getValue());
            }
        }
    }

    private static Process tmAdd(Path tmx, Path tm) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "tm",
                        "add",
                        tmx.toString(),
                        "--tm",
                        tm.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            files.forEach(
                    f -> {
                        try {
                            Files.copy(
                                    f,
                                    to.resolve(f.getFileName()),
                                    StandardCopyOption.COPY_ATTRIBUTES);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
        return to;
    }

    private static Path writeTmx(Path tmx, Map<String, String> pairs) throws IOException {
        try (Writer out = Files.newBufferedWriter(tmx, StandardCharsets.UTF_8)) {
            out.write(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"test\""
                            + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" srclang=\"en\""
                            + " datatype=\"plaintext\"/>\n<body>\n");
            for (Map.Entry<String, String> pair : pairs.entrySet()) {
                out.write(
                        "<tu><tuv xml:lang=\"en\"><seg>"
                                + escape(pair.getKey())
                                + "</seg></tuv><tuv xml:lang=\"ru\">"
                                + "<seg>"
                                + escape(pair.getValue())
                                + "</seg></tuv></tu>\n");
            }
            out.write("</body>\n</tmx>\n");
        }
        return tmx;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
