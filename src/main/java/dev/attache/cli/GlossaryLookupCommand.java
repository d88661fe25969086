package dev.attache.cli;

import dev.attache.flow.GlossaryLookup;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "lookup",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Find the concepts that have TERM, in any language, ignoring case (Azerbaijani İ/ı and "
                    + "Russian ё/е are folded), and print their terms with status, part of speech and note.",
            "Exit 0 whether or not a concept has the term (none: a note on stderr and nothing on stdout), 3 when the glossary cannot be read."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache glossary lookup \"allied interaction\" -t ru",
            "  attache glossary lookup мегапроект -g terms.csv"
        })
public final class GlossaryLookupCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(
            paramLabel = "TERM",
            description = "The term, as written in the glossary (case aside).")
    private String term;

    @Option(
            names = {"-t", "--target"},
            split = ",",
            paramLabel = "LANG",
            converter = LanguageConverter.class,
            description =
                    "Show only these languages (besides the one that matched), e.g. ru or ru,az.")
    private List<Locale> targets = new ArrayList<>();

    @Option(
            names = {"-g", "--glossary"},
            paramLabel = "FILE",
            description =
                    "The glossary (.tbx or .csv); default: glossary/diplomatic-terms.tbx here, else the built-in one.")
    private Path glossary;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        PrintWriter out = console.data();
        var lookup = new GlossaryLookup();
        List<String> languages = targets.stream().map(Locale::getLanguage).distinct().toList();
        GlossaryLookup.Result result =
                lookup.lookup(term, Optional.ofNullable(glossary), Path.of(""));
        if (result.matches().isEmpty()) {
            console.note("note: no concept in " + result.origin() + " has the term '" + term + "'");
            return ExitCode.OK;
        }
        result.matches().forEach(m -> lookup.render(m, languages).forEach(out::println));
        return ExitCode.OK;
    }
}
