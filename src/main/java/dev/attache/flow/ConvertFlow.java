package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.OutputFile;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.glossary.TermAnnotator;
import dev.attache.model.TermRenderings;
import dev.attache.model.TranslationDocument;
import dev.attache.xliff.OpenedXliff;
import dev.attache.xliff.XliffFiles;
import dev.attache.xliff.XliffFlavour;
import dev.attache.xliff.XliffVersion;
import dev.attache.xliff.XliffWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code convert} flow: an XLIFF file in the other version (or the one asked for), with
 * everything both versions carry: units, segments and the whitespace between them, targets and
 * their states, notes. The terms are marked again with the glossary (when one applies), as {@code
 * segment} marks them: XLIFF 1.2 lists them in a note, 2.1 in its glossary module.
 */
public final class ConvertFlow {
    /**
     * The file to convert, the file to write, the version (default: the other one), copies, and
     * replacing.
     */
    public record Request(
            Path input,
            Path output,
            Optional<XliffVersion> version,
            boolean copySource,
            GlossaryChoice glossary,
            boolean replace) {
        public Request {
            requireNonNull(input, "input");
            requireNonNull(output, "output");
            requireNonNull(version, "version");
            requireNonNull(glossary, "glossary");
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
        OutputFile output =
                new OutputFile(request.output(), request.replace())
                        .checkedAgainst(List.of(request.input()));
        OpenedXliff opened = XliffFiles.open(request.input());
        TranslationDocument read = opened.document();
        XliffVersion from = opened.version();
        XliffVersion to =
                request.version()
                        .orElse(from == XliffVersion.V1_2 ? XliffVersion.V2_1 : XliffVersion.V1_2);
        XliffFlavour flavour = new XliffFlavour(to, request.copySource());
        Optional<LoadedGlossary> glossary = request.glossary().load();
        TranslationDocument document =
                TermAnnotator.withTerms(glossary.map(LoadedGlossary::glossary), read);
        TermRenderings renderings =
                glossary.map(g -> g.glossary().renderings(read.targetLang()))
                        .orElseGet(TermRenderings::none);
        output.write(out -> new XliffWriter(renderings).write(document, flavour, out));
        return new Result(request.output(), from, to, document.units().size());
    }
}
