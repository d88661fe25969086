package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import dev.attache.OutputFile;
import dev.attache.glossary.GlossaryFiles;
import dev.attache.glossary.GlossaryFinding;
import dev.attache.glossary.GlossaryFormat;
import dev.attache.glossary.LoadedGlossary;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code glossary convert} flow: read a glossary in one format, write it in the other (or the
 * same). An existing output is replaced only when asked (kept as .bak); the file is written
 * atomically.
 */
public final class GlossaryConversion {

    /** What was converted: how many concepts, and what the reader stepped over on the way. */
    public record Summary(Path in, Path out, int concepts, List<GlossaryFinding> problems) {
        public Summary {
            requireNonNull(in, "in");
            requireNonNull(out, "out");
            problems = List.copyOf(problems);
        }
    }

    /** Converts {@code in} into {@code out}; an existing {@code out} only when {@code replace}. */
    public Summary convert(Path in, Path out, boolean replace) {
        GlossaryFormat format =
                GlossaryFormat.byExtension(out)
                        .orElseThrow(
                                () ->
                                        new BadInputException(
                                                out,
                                                "cannot tell the format from the file name: use .tbx or .csv"));
        OutputFile output = new OutputFile(out, replace).checkedAgainst(List.of(in));
        LoadedGlossary loaded = new GlossaryFiles().load(in);
        output.write(stream -> format.write(loaded.glossary(), stream));
        return new Summary(in, out, loaded.glossary().concepts().size(), loaded.problems());
    }
}
