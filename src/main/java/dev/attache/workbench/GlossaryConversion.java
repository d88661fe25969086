package dev.attache.workbench;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import dev.attache.glossary.GlossaryFiles;
import dev.attache.glossary.GlossaryFinding;
import dev.attache.glossary.GlossaryFormat;
import dev.attache.glossary.LoadedGlossary;
import java.nio.file.Path;
import java.util.List;

/** The {@code glossary convert} flow: read a glossary in one format, write it in the other (or the same). */
public final class GlossaryConversion {

    /** What was converted: how many concepts, and what the reader stepped over on the way. */
    public record Summary(Path in, Path out, int concepts, List<GlossaryFinding> problems) {
        public Summary {
            requireNonNull(in, "in");
            requireNonNull(out, "out");
            problems = List.copyOf(problems);
        }
    }

    public Summary convert(Path in, Path out) {
        if (GlossaryFormat.byExtension(out).isEmpty()) {
            throw new BadInputException(out, "cannot tell the format from the file name: use .tbx or .csv");
        }
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new BadInputException(out, "the output would overwrite the input");
        }
        var files = new GlossaryFiles();
        LoadedGlossary loaded = files.load(in);
        files.save(loaded.glossary(), out);
        return new Summary(in, out, loaded.glossary().concepts().size(), loaded.problems());
    }
}
