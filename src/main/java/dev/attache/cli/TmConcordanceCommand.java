package dev.attache.cli;

import dev.attache.flow.TmConcordanceFlow;
import dev.attache.output.ConcordanceJsonWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "concordance",
        mixinStandardHelpOptions = true,
        description = {
            "Every memory entry whose source (or, with --target, whose translation) holds PHRASE, in its "
                    + "inflected forms too (Snowball stems: English, Russian; Turkish's for Azerbaijani), the phrase in "
                    + "[brackets] and the translation beside it: how was \"allied interaction\" rendered before.",
            "--json prints {\"format\": \"attache-tm-concordance\", \"version\": 1, \"phrase\": PHRASE, "
                    + "\"side\": \"source\", \"entries\": [{\"source\": …, \"target\": …, \"sourceLanguage\": "
                    + "\"en\", \"targetLanguage\": \"ru\", \"hits\": [{\"start\": 41, \"end\": 60}], \"file\": …, "
                    + "\"creator\": …, \"created\": …}]}.",
            "Exit 0 (also when no entry holds the phrase: a note says so), 3 when the folder is not a memory."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache tm concordance \"allied interaction\" -t ru",
            "  attache tm concordance \"союзническое взаимодействие\" -t ru --target --json"
        })
final class TmConcordanceCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "PHRASE", description = "The words to find.")
    private String phrase;

    @Option(
            names = {"-t", "--language"},
            paramLabel = "LANG",
            converter = LanguageConverter.class,
            description = "Only entries into this language (default: every language).")
    private Locale target;

    @Option(
            names = "--target",
            description = "Find the phrase in the translations instead of the English sources.")
    private boolean inTarget;

    @Option(names = "--json", description = "Print the entries as JSON (the shape above).")
    private boolean json;

    @Mixin private TmFolderMixin tm;

    @Override
    public Integer call() {
        TmConcordanceFlow.Result result =
                new TmConcordanceFlow()
                        .run(
                                new TmConcordanceFlow.Request(
                                        tm.folder,
                                        phrase,
                                        Locale.ENGLISH,
                                        Optional.ofNullable(target),
                                        inTarget));
        if (json) {
            new ConcordanceJsonWriter()
                    .write(phrase, inTarget, result.lines(), spec.commandLine().getOut());
        } else if (result.lines().isEmpty()) {
            Console.of(spec).note("note: no entry of " + tm.folder + " holds '" + phrase + "'");
        } else {
            result.printed().forEach(spec.commandLine().getOut()::println);
        }
        return ExitCode
                .OK; // a look-up, not a check: nothing found is no failure (the README's exit
        // codes)
    }
}
