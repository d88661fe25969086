package dev.attache.workbench;

import static java.util.Objects.requireNonNull;

import dev.attache.xliff.TranslationDocument;
import dev.attache.xliff.XliffFlavour;
import dev.attache.xliff.XliffVersion;
import dev.attache.xliff.XliffWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code convert} flow: an XLIFF file in the other version (or the one asked for), with everything both
 * versions carry: units, segments and the whitespace between them, targets and their states, notes, term hits.
 */
public final class ConvertFlow {
    /** The file to convert, the file to write, the version (default: the other one), copies, and replacing. */
    public record Request(Path input, Path output, Optional<XliffVersion> version, boolean copySource,
                          boolean replace) {
        public Request {
            requireNonNull(input, "input");
            requireNonNull(output, "output");
            requireNonNull(version, "version");
        }
    }

    /** What was read and what was written. */
    public record Result(Path output, XliffVersion from, XliffVersion to, int units) {
        public Result {
            requireNonNull(output, "output");
            requireNonNull(from, "from");
            requireNonNull(to, "to");
        }
    }

    public Result run(Request request) {
        OutputFile output = new OutputFile(request.output(), request.replace()).checkedAgainst(List.of(request.input()));
        TranslationDocument document = XliffFiles.read(request.input());
        XliffVersion from = XliffFiles.versionOf(request.input()).orElseThrow();
        XliffVersion to = request.version().orElse(from == XliffVersion.V1_2 ? XliffVersion.V2_1 : XliffVersion.V1_2);
        XliffFlavour flavour = new XliffFlavour(to, request.copySource());
        output.write(out -> new XliffWriter().write(document, flavour, out));
        return new Result(request.output(), from, to, document.units().size());
    }
}
