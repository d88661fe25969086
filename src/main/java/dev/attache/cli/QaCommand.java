package dev.attache.cli;

import dev.attache.flow.QaFlow;
import dev.attache.output.QaJsonWriter;
import dev.attache.qa.QaCheck;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "qa",
        mixinStandardHelpOptions = true,
        description = {
            "Check every translated segment of one or more XLIFF files: its glossary terms, its numbers "
                    + "and dates, its mechanics, and the consistency of the translations across all the files.",
            "terms: a term found in the source must appear in the target as its preferred (or an admitted) "
                    + "rendering, in any inflected form; a deprecated rendering is flagged wherever it appears.",
            "numbers (en to ru or az): every number and date of the source must be in the target with the same "
                    + "value, read in each language's way (1,000.5 = 1 000,5; 27 February 2023 = 27 февраля 2023 "
                    + "года; 100 million = 100 млн; 30th = 30-летие), and the target may add none.",
            "mechanical (Okapi CheckMate): a target empty (or marked translated but blank) or equal to the source, "
                    + "or with a doubled word in any case (Мы мы) is an error; white space at either end that the "
                    + "source lacks, two spaces between words, a source ending in a full stop whose target does "
                    + "not, and a target with fewer letters and digits than 0.45 (ru) or 0.55 (az) of its "
                    + "source's (on sources of 40 or more: part of it left out?) are warnings.",
            "quotes (ru, az): an unclosed or unopened « „ ( [ is an error; straight or English quotes (\" “ ”) "
                    + "are a warning, since both languages quote with « » („ “ inside).",
            "script (ru, az): a Russian target with more than half its letters Latin (web and e-mail addresses "
                    + "not counted), or an Azerbaijani one with a Cyrillic letter, is an error.",
            "consistency (warnings): a source translated several ways, or several sources with one translation, "
                    + "in any of the files of a language pair; compared with white space collapsed and case "
                    + "folded, sources of fewer than 3 words left out; reported once, at the first segment; with "
                    + "--tm DIR, also a source that project memory translated otherwise (its exact matches).",
            "spelling (ru, only with --spelling or --checks spelling): a word LanguageTool's Russian speller "
                    + "does not know, unless it is (an inflection of) a word of the glossary's Russian terms, is an "
                    + "error.",
            "--json prints one object instead: format \"attache-qa\", version 1, file, glossary, checks, "
                    + "checkedSegments, errors, warnings, byCheck (for each check run, its errors and warnings), "
                    + "findings (for each, in document order: segment, unit, "
                    + "check, severity error|warning, kind missing-term|too-few-occurrences|deprecated-term"
                    + "|wrong-number|missing-number|extra-number|empty|same-as-source|doubled-word|whitespace"
                    + "|punctuation|length|unclosed|unopened|quote-style|wrong-script|misspelling|inconsistent-translation"
                    + "|shared-translation, concept or start and end or text and variants, message); for several "
                    + "files, glossary, checks, checkedSegments, errors, warnings and byCheck of them all, and "
                    + "files (for each, that object's file to findings).",
            "--accept p5.s2:numbers (repeatable, or comma-separated) records that a reviser accepts the "
                    + "findings of that check on that segment as intended: a note in the XLIFF from \"reviser\" "
                    + "with who (--by, default the user's login name), when and the target's digest; they are not "
                    + "reported again (by qa, import or report) while the target is unchanged. One XLIFF file only; "
                    + "refused when the segment has no such finding.",
            "Exit 0 when clean, 4 when a term is missing or deprecated, a number is wrong, or a target is empty, "
                    + "the source, in the wrong script, or has a doubled word or an unpaired quote mark "
                    + "(warnings alone exit 0)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache qa xliff/lavrov-aliyev-2023-02-27.en-ru.xlf",
            "  attache qa xliff/lavrov-aliyev-2023-02-27.en-az.xlf -g my-terms.csv",
            "  attache qa xliff/lavrov-aliyev-2023-02-27.en-ru.xlf --checks numbers --json",
            "  attache qa xliff/*.en-ru.xlf --checks consistency --tm tm",
            "  attache qa xliff/lavrov-aliyev-2023-02-27.en-ru.xlf --accept p8.s3:numbers --by anna"
        })
final class QaCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(
            paramLabel = "XLIFF",
            arity = "1..*",
            description = "The XLIFF files to check (1.2 or 2.x).")
    private List<Path> xliffs;

    @Option(
            names = "--json",
            description = "Print the findings as JSON (the shape above) instead of lines.")
    private boolean json;

    @Option(
            names = "--checks",
            split = ",",
            paramLabel = "CHECK",
            converter = QaCheckConverter.class,
            description =
                    "The checks to run, comma-separated: terms, numbers, mechanical, quotes, script, "
                            + "consistency, spelling (default: all but spelling).")
    private List<QaCheck> checks = List.of();

    @Option(
            names = "--accept",
            split = ",",
            paramLabel = "SEGMENT:CHECK",
            converter = AcceptConverter.class,
            description =
                    "Accept the findings of CHECK on SEGMENT as intended (p5.s2:numbers): kept in the XLIFF "
                            + "as a note with who and when, not reported while the target is unchanged.")
    private List<QaFlow.Accept> accept = List.of();

    @Option(
            names = "--by",
            paramLabel = "NAME",
            description = "Who accepts, for --accept's note (default: the " + "user's login name).")
    private String by = System.getProperty("user.name", "reviser");

    @Option(
            names = "--spelling",
            description =
                    "Also check the spelling of Russian targets (LanguageTool's speller, "
                            + "with the glossary's words known; it takes some seconds to start).")
    private boolean spelling;

    @Option(
            names = "--tm",
            paramLabel = "DIR",
            description =
                    "Also report, as consistency warnings, each source "
                            + "this project memory (a folder attache tm add made) translated otherwise.")
    private Path memory;

    @Mixin private GlossaryFileMixin glossary;

    @Override
    public Integer call() {
        Set<QaCheck> chosen = checks.isEmpty() ? QaCheck.all() : EnumSet.copyOf(checks);
        if (spelling) {
            chosen.add(QaCheck.SPELLING);
        }
        Console console = Console.of(spec);
        QaFlow.Run run;
        if (accept.isEmpty()) {
            run =
                    new QaFlow()
                            .run(
                                    xliffs,
                                    glossary.glossaryChoice(),
                                    chosen,
                                    Optional.ofNullable(memory));
        } else {
            if (xliffs.size() != 1) {
                throw new ParameterException(
                        spec.commandLine(), "--accept names segments of one XLIFF file; give one");
            }
            QaFlow.Accepted accepted =
                    new QaFlow()
                            .accept(
                                    xliffs.get(0),
                                    accept,
                                    by,
                                    Instant.now(),
                                    glossary.glossaryChoice(),
                                    chosen,
                                    Optional.ofNullable(memory));
            accepted.acceptances()
                    .forEach(
                            a ->
                                    console.note(
                                            ("note: accepted %s on %s (by %s); its findings are not reported"
                                                            + " while its target is unchanged")
                                                    .formatted(
                                                            a.check().id(), a.segment(), a.by())));
            run = accepted.run();
        }
        if (json) {
            new QaJsonWriter().write(run, console.data());
        } else {
            console.findings(
                    run.files().stream()
                            .flatMap(
                                    r ->
                                            r.findings().stream()
                                                    .map(
                                                            f ->
                                                                    "%s: %s:%s: %s"
                                                                            .formatted(
                                                                                    f.finding()
                                                                                            .severity()
                                                                                            .word(),
                                                                                    r.file(),
                                                                                    f.segment(),
                                                                                    f.finding()
                                                                                            .message()))));
            String against =
                    run.checks().stream()
                            .map(
                                    c ->
                                            c == QaCheck.TERMS
                                                    ? "terms against "
                                                            + run.glossary().orElseThrow().origin()
                                                    : c.id())
                            .collect(Collectors.joining(", "));
            String files =
                    run.files().size() == 1 ? "" : " in %d files".formatted(run.files().size());
            console.summary(
                    "checked %d translated segments%s (%s): %d findings"
                            .formatted(run.checkedSegments(), files, against, run.findingCount()));
        }
        return run.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
