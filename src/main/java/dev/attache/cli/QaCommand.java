package dev.attache.cli;

import dev.attache.qa.QaCheck;
import dev.attache.flow.QaFlow;
import dev.attache.output.QaJsonWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "qa", mixinStandardHelpOptions = true,
        description = {"Check every translated segment of one or more XLIFF files: its glossary terms, its numbers "
                + "and dates, its mechanics, and the consistency of the translations across all the files.",
                "terms: a term found in the source must appear in the target as its preferred (or an admitted) "
                        + "rendering, in any inflected form; a deprecated rendering is flagged wherever it appears.",
                "numbers (en to ru or az): every number and date of the source must be in the target with the same "
                        + "value, read in each language's way (1,000.5 = 1 000,5; 27 February 2023 = 27 февраля 2023 "
                        + "года; 100 million = 100 млн; 30th = 30-летие), and the target may add none.",
                "mechanical (Okapi CheckMate): a target empty (or marked translated but blank) or equal to the source, "
                        + "or with a doubled word in any case (Мы мы) is an error; white space at either end that the "
                        + "source lacks, two spaces between words, a source ending in a full stop whose target does "
                        + "not are warnings.",
                "quotes (ru, az): an unclosed or unopened « „ ( [ is an error; straight or English quotes (\" “ ”) "
                        + "are a warning, since both languages quote with « » („ “ inside).",
                "script (ru, az): a Russian target with more than half its letters Latin (web and e-mail addresses "
                        + "not counted), or an Azerbaijani one with a Cyrillic letter, is an error.",
                "consistency (warnings): a source translated several ways, or several sources with one translation, "
                        + "in any of the files of a language pair; compared with white space collapsed and case "
                        + "folded, sources of fewer than 3 words left out; reported once, at the first segment.",
                "--json prints one object instead: format \"attache-qa\", version 1, file, glossary, checks, "
                        + "checkedSegments, errors, warnings, findings (for each, in document order: segment, unit, "
                        + "check, severity error|warning, kind missing-term|too-few-occurrences|deprecated-term"
                        + "|wrong-number|missing-number|extra-number|empty|same-as-source|doubled-word|whitespace"
                        + "|punctuation|unclosed|unopened|quote-style|wrong-script|inconsistent-translation"
                        + "|shared-translation, concept or start and end or text and variants, message); for several "
                        + "files, glossary, checks, checkedSegments, errors and warnings of them all, and files (for "
                        + "each, that object's file to findings).",
                "Exit 0 when clean, 4 when a term is missing or deprecated, a number is wrong, or a target is empty, "
                        + "the source, in the wrong script, or has a doubled word or an unpaired quote mark "
                        + "(warnings alone exit 0)."},
        footerHeading = "%nExamples:%n",
        footer = {"  attache qa xliff/lavrov-aliyev-2023-02-27.en-ru.xlf",
                "  attache qa xliff/lavrov-aliyev-2023-02-27.en-az.xlf -g my-terms.csv",
                "  attache qa xliff/lavrov-aliyev-2023-02-27.en-ru.xlf --checks numbers --json",
                "  attache qa xliff/*.en-ru.xlf --checks consistency"})
final class QaCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "XLIFF", arity = "1..*", description = "The XLIFF files to check (1.2 or 2.x).")
    private List<Path> xliffs;

    @Option(names = "--json", description = "Print the findings as JSON (the shape above) instead of lines.")
    private boolean json;

    @Option(names = "--checks", split = ",", paramLabel = "CHECK", converter = QaCheckConverter.class,
            description = "The checks to run, comma-separated: terms, numbers, mechanical, quotes, script, "
                    + "consistency (default: all).")
    private List<QaCheck> checks = List.of();

    @Mixin
    private GlossaryFileMixin glossary;

    @Override
    public Integer call() {
        QaFlow.Run run = new QaFlow().run(xliffs, glossary.glossaryChoice(),
                checks.isEmpty() ? QaCheck.all() : EnumSet.copyOf(checks));
        Console console = Console.of(spec);
        if (json) {
            new QaJsonWriter().write(run, console.data());
        } else {
            run.files().forEach(r -> r.findings().forEach(f -> console.finding("%s: %s:%s: %s".formatted(
                    f.finding().severity().word(), r.file(), f.segment(), f.finding().message()))));
            String against = run.checks().stream().map(c -> c == QaCheck.TERMS
                    ? "terms against " + run.glossary().orElseThrow().origin() : c.id())
                    .collect(Collectors.joining(", "));
            String files = run.files().size() == 1 ? "" : " in %d files".formatted(run.files().size());
            console.summary("checked %d translated segments%s (%s): %d findings".formatted(
                    run.checkedSegments(), files, against, run.findingCount()));
        }
        return run.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
