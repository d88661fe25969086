package dev.attache.flow;

import dev.attache.OutputFile;
import dev.attache.xliff.XliffFiles;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import dev.attache.deliver.DoneSegments;
import dev.attache.deliver.TmxMemoryWriter;
import dev.attache.deliver.TranslatedFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The {@code tmx} flow: a TMX 1.4b memory of the done segment pairs of XLIFF files that share a source language.
 * Every file is read before anything is written; an existing memory is replaced only when asked (kept as .bak).
 */
public final class TmxFlow {
    /** The XLIFF files, the memory to write, which segments count as done, and whether to replace the memory. */
    public record Request(List<Path> xliffs, Path output, DoneSegments done, boolean replace) {
        public Request {
            xliffs = List.copyOf(xliffs);
            requireNonNull(output, "output");
            requireNonNull(done, "done");
            if (xliffs.isEmpty()) {
                throw new IllegalArgumentException("at least one XLIFF file is needed");
            }
        }
    }

    /** The memory written and how many pairs it holds. */
    public record Result(Path output, int pairs) {
        public Result {
            requireNonNull(output, "output");
        }
    }

    public Result run(Request request, String toolVersion) {
        OutputFile output = new OutputFile(request.output(), request.replace()).checkedAgainst(request.xliffs());
        List<TranslatedFile> files = request.xliffs().stream()
                .map(x -> new TranslatedFile(x, XliffFiles.read(x))).toList();
        TranslatedFile first = files.get(0);
        for (TranslatedFile file : files) {
            if (!file.document().sourceLang().equals(first.document().sourceLang())) {
                throw new BadInputException(file.file(), "its source language '" + file.document().sourceLang()
                        .toLanguageTag() + "' is not that of " + first.file() + " ('"
                        + first.document().sourceLang().toLanguageTag() + "'): a TMX has one source language");
            }
        }
        int[] pairs = new int[1];
        var header = new TmxMemoryWriter.Header(toolVersion, Instant.now());
        output.write(out -> pairs[0] = new TmxMemoryWriter().write(files, request.done(), header, out));
        return new Result(request.output(), pairs[0]);
    }
}
