package dev.attache.cli;

import dev.attache.flow.GlossaryScan;
import dev.attache.output.ScanJsonWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "scan",
        mixinStandardHelpOptions = true,
        description = {
            "List every glossary term found in a transcript (by paragraph) or an XLIFF file (by source "
                    + "segment), with its character offsets [start-end) and the concept it belongs to.",
            "By default it lists the hints a translator gets: the longest match owns its span, and a term "
                    + "inside it is listed only when it adds something for the target language (-t); --all lists "
                    + "every hit.",
            "--json prints one object instead: format \"attache-glossary-scan\", version 2, file, glossary, "
                    + "scannedParts, targetLanguage (with -t), hits (for each, in text order: segment p5.s2 in an "
                    + "XLIFF file, unit p5, start, end, text, concept, and with -t rendering, null when the "
                    + "glossary has none); for several files, glossary, targetLanguage and files (for each, "
                    + "file, scannedParts and hits).",
            "Exit 0 (also when nothing is found), 3 when a file cannot be read."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache glossary scan transcripts/lavrov-aliyev-2023-02-27.en.txt -t ru",
            "  attache glossary scan xliff/lavrov-aliyev-2023-02-27.en-az.xlf -t az",
            "  attache glossary scan transcripts/lavrov-aliyev-2023-02-27.en.txt -t ru --json",
            "  attache glossary scan xliff/*.en-ru.xlf -t ru"
        })
public final class GlossaryScanCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description =
                    "Transcripts (.txt), HTML pages (.html), Word "
                            + "documents (.docx) or XLIFF files (.xlf).")
    private List<Path> files;

    @Option(
            names = {"-t", "--target"},
            paramLabel = "LANG",
            converter = LanguageConverter.class,
            description = "Also show the rendering in this language.")
    private Locale target;

    @Option(names = "--all", description = "List every hit, nested ones included.")
    private boolean all;

    @Option(
            names = "--json",
            description = "Print the hits as JSON (the shape above) instead of lines.")
    private boolean json;

    @Mixin private GlossaryFileMixin glossary;

    @Override
    public Integer call() {
        Map<Path, GlossaryScan.Result> results = new LinkedHashMap<>();
        for (Path file : files) {
            results.put(
                    file,
                    new GlossaryScan()
                            .scan(
                                    file,
                                    glossary.glossaryChoice(),
                                    new GlossaryScan.Listing(
                                            all,
                                            Optional.ofNullable(target).map(Locale::getLanguage))));
        }
        Console console = Console.of(spec);
        GlossaryScan.Result first = results.values().iterator().next();
        if (target != null && !first.glossary().glossary().covers(target.getLanguage())) {
            console.problem(
                    "warning: the glossary has no %s terms: no renderings for %s"
                            .formatted(target.getLanguage(), target.toLanguageTag()));
        }
        if (json) {
            new ScanJsonWriter().write(results, Optional.ofNullable(target), console.data());
            return ExitCode.OK;
        }
        results.forEach((file, result) -> print(file, result, console));
        return ExitCode.OK;
    }

    private void print(Path file, GlossaryScan.Result result, Console console) {
        PrintWriter out = console.data();
        for (GlossaryScan.PlacedHit placed : result.hits()) {
            String rendering =
                    target == null ? "" : " → " + result.rendering(placed, target.getLanguage());
            out.printf(
                    "%s:%s:%d-%d: \"%s\" %s%s%n",
                    file,
                    placed.place(),
                    placed.hit().start(),
                    placed.hit().end(),
                    placed.hit().matchedText(),
                    placed.hit().conceptId(),
                    rendering);
        }
        console.summary(
                "%d term hits in %d parts of %s, glossary %s"
                        .formatted(
                                result.hits().size(),
                                result.scannedParts(),
                                file,
                                result.glossary().origin()));
    }
}
