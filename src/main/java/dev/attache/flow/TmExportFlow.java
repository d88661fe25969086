package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.OutputFile;
import dev.attache.memory.LanguagePair;
import dev.attache.memory.TmxUnit;
import dev.attache.memory.TmxWriter;
import dev.attache.memory.TranslationMemory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

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
        try (TranslationMemory memory = TranslationMemory.open(request.memory())) {
            List<Locale> sources =
                    memory.counts().keySet().stream().map(LanguagePair::source).distinct().toList();
            TmxWriter.Header header =
                    new TmxWriter.Header(toolVersion, "Attaché memory", Optional.empty());
            Consumer<Consumer<TmxUnit>> units =
                    each -> memory.export(entry -> each.accept(TmxUnit.of(entry)));
            int[] pairs = {0};
            output.write(out -> pairs[0] = new TmxWriter().write(sources, header, units, out));
            return new Result(request.output(), pairs[0]);
        }
    }
}
