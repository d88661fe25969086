package dev.attache.cli;

import dev.attache.deliver.DoneSegments;
import dev.attache.flow.MergeFlow;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Write the translated transcript from an XLIFF file (1.2 or 2.x): every paragraph in its "
                    + "original order, the sentences joined by the whitespace that stood between them, the reference "
                    + "number as it was, the web page's footer left out; UTF-8, with the original's line endings.",
            "The original transcript is found in transcripts/ by the name the XLIFF records; the output goes "
                    + "next to it (transcripts/<name>.en.txt gives transcripts/<name>.<lang>.txt).",
            "A target identical to its source in state new counts as untranslated.",
            "Several XLIFF files are merged one by one, each next to its original; one whose segments are not "
                    + "all done writes nothing, and the others are written.",
            "Exit 0 when written; 3, with nothing written, when segments are not done (each is listed on stderr "
                    + "as an error: line; --allow-untranslated writes their source instead), when the XLIFF or "
                    + "the original is unreadable, or when the output exists."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache merge xliff/lavrov-aliyev-2023-02-27.en-ru.xlf",
            "  attache merge xliff/lavrov-aliyev-2023-02-27.en-az.xlf --only final -o /tmp/remarks.az.txt --force",
            "  attache merge xliff/lavrov-aliyev-2023-02-27.en-ru.xlf --allow-untranslated",
            "  attache merge xliff/*.xlf --only final"
        })
final class MergeCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(
            paramLabel = "XLIFF",
            arity = "1..*",
            description = "The translated XLIFF files, each merged on its " + "own.")
    private List<Path> xliffs;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "The file to write (one XLIFF file only; default: <name>.<lang>.txt next to the original).")
    private Path output;

    @Option(
            names = "--original",
            paramLabel = "FILE",
            description =
                    "The source transcript (one XLIFF file only; default: transcripts/<the XLIFF's original>).")
    private Path original;

    @Option(
            names = "--only",
            paramLabel = "translated|final",
            defaultValue = "translated",
            description =
                    "Which segments count as done: every translated one (default), or only final ones.")
    private DoneSegments done;

    @Option(
            names = "--allow-untranslated",
            description =
                    "Write anyway, with the source text in place of each segment that is not done.")
    private boolean allowUntranslated;

    @Option(
            names = "--force",
            description = "Replace the output if it exists (it is kept as .bak).")
    private boolean force;

    @Option(
            names = "--accept-changed-original",
            description =
                    "Merge into an HTML or DOCX original that changed "
                            + "since prepare (its SHA-256 differs from the one the XLIFF records), at the risk that its paragraphs "
                            + "are no longer the XLIFF's.")
    private boolean acceptChangedOriginal;

    @Override
    public Integer call() {
        if (xliffs.size() > 1 && (output != null || original != null)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "-o and --original name one file each, so they take " + "one XLIFF file");
        }
        Console console = Console.of(spec);
        int exit = ExitCode.OK;
        for (Path xliff : xliffs) {
            exit = Math.max(exit, merge(xliff, console));
        }
        return exit;
    }

    private int merge(Path xliff, Console console) {
        MergeFlow.Result result =
                new MergeFlow()
                        .run(
                                new MergeFlow.Request(
                                        xliff,
                                        Optional.ofNullable(output),
                                        Optional.ofNullable(original),
                                        Path.of("transcripts"),
                                        done,
                                        allowUntranslated,
                                        force,
                                        acceptChangedOriginal));
        if (!result.written()) {
            result.notDone()
                    .forEach(
                            n ->
                                    console.problem(
                                            "error: %s:%s: %s"
                                                    .formatted(xliff, n.segment(), n.reason())));
            console.problem(
                    ("error: %s: wrote nothing: %d segments are not done "
                                    + "(--allow-untranslated writes their source)")
                            .formatted(xliff, result.notDone().size()));
            return ExitCode.BAD_INPUT;
        }
        if (!result.notDone().isEmpty()) {
            console.note(
                    "note: %s: %d segments are not done; their source text stands in their place"
                            .formatted(xliff, result.notDone().size()));
        }
        console.summary("wrote " + result.output());
        return ExitCode.OK;
    }
}
