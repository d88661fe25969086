package dev.attache.cli;

import dev.attache.flow.GlossaryScan;
import dev.attache.output.ScanJsonWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "scan",
        mixinStandardHelpOptions = true,
        description = {"List every glossary term found in a transcript (by paragraph) or an XLIFF file (by source "
                + "segment), with its character offsets [start-end) and the concept it belongs to.",
                "By default it lists the hints a translator gets: the longest match owns its span, and a term "
                + "inside it is listed only when it adds something for the target language (-t); --all lists "
                + "every hit.",
                "--json prints one object instead: format \"attache-glossary-scan\", version 1, file, glossary, "
                        + "scannedParts, targetLanguage (with -t), hits (for each, in text order: place p5 or p5.s2, "
                        + "start, end, text, concept, and with -t rendering, null when the glossary has none).",
                "Exit 0 (also when nothing is found), 3 when a file cannot be read."},
        footerHeading = "%nExamples:%n",
        footer = {"  attache glossary scan transcripts/lavrov-aliyev-2023-02-27.en.txt -t ru",
                "  attache glossary scan xliff/lavrov-aliyev-2023-02-27.en-az.xlf -t az",
                "  attache glossary scan transcripts/lavrov-aliyev-2023-02-27.en.txt -t ru --json"})
public final class GlossaryScanCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A transcript (.txt), an HTML page (.html), a Word document (.docx) or an XLIFF file (.xlf).")
    private Path file;

    @Option(names = {"-t", "--target"}, paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Also show the rendering in this language.")
    private Locale target;

    @Option(names = "--all", description = "List every hit, nested ones included.")
    private boolean all;

    @Option(names = "--json", description = "Print the hits as JSON (the shape above) instead of lines.")
    private boolean json;

    @Mixin
    private GlossaryFileMixin glossary;

    @Override
    public Integer call() {
        GlossaryScan.Result result = new GlossaryScan().scan(file, glossary.glossaryChoice(),
                new GlossaryScan.Listing(all, Optional.ofNullable(target).map(Locale::getLanguage)));
        Console console = Console.of(spec);
        if (target != null && !result.glossary().glossary().covers(target.getLanguage())) {
            console.problem("warning: the glossary has no %s terms: no renderings for %s".formatted(
                    target.getLanguage(), target.toLanguageTag()));
        }
        if (json) {
            new ScanJsonWriter().write(file, result, Optional.ofNullable(target), console.data());
            return ExitCode.OK;
        }
        PrintWriter out = console.data();
        for (GlossaryScan.PlacedHit placed : result.hits()) {
            String rendering = target == null ? "" : " → " + result.rendering(placed, target.getLanguage());
            out.printf("%s:%s:%d-%d: \"%s\" %s%s%n", file, placed.place(), placed.hit().start(), placed.hit().end(),
                    placed.hit().matchedText(), placed.hit().conceptId(), rendering);
        }
        console.note("%d term hits in %d parts, glossary %s".formatted(result.hits().size(),
                result.scannedParts(), result.glossary().origin()));
        return ExitCode.OK;
    }
}
