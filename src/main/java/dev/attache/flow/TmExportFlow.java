package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.OutputFile;
import dev.attache.memory.MemoryEntry;
import dev.attache.memory.TmxUnit;
import dev.attache.memory.TmxWriter;
import dev.attache.memory.TranslationMemory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code tm export} flow: every entry of the project memory as TMX 1.4b. An existing file is
 * replaced only when asked (kept as .bak); the file is written atomically.
 */
public final class TmExportFlow {
    /** The memory's folder, the TMX file to write, and whether to replace it. */
    public record Request(Path memory, Path output, boolean replace) {
        public Request {
            requireNonNull(memory, "memory");
            requireNonNull(output, "output");
        }
    }

    /** The TMX file written and how many pairs it holds. */
    public record Result(Path output, int pairs) {
        public Result {
            requireNonNull(output, "output");
        }
    }

    public Result run(Request request, String toolVersion) {
        OutputFile output =
                new OutputFile(request.output(), request.replace()).checkedAgainst(List.of());
        List<MemoryEntry> entries;
        try (TranslationMemory memory = TranslationMemory.open(request.memory())) {
            entries = memory.entries();
        }
        List<TmxUnit> units = entries.stream().map(TmxUnit::of).toList();
        output.write(
                out ->
                        new TmxWriter()
                                .write(
                                        units,
                                        new TmxWriter.Header(
                                                toolVersion, "Attaché memory", Optional.empty()),
                                        out));
        return new Result(request.output(), entries.size());
    }
}
