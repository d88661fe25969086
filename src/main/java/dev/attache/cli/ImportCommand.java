package dev.attache.cli;

import dev.attache.flow.ImportFlow;
import dev.attache.flow.ImportReportFile;
import dev.attache.output.ImportJsonWriter;
import dev.attache.qa.QaCheck;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Bring a filled worksheet back into its XLIFF file. Rows are matched by ID; every row is "
                    + "checked, rejected rows and conflicts change nothing, and every changed target gets QA, as does every "
                    + "target an exact memory match filled in, changed or not.",
            "The changed rows marked Translated or Final without a QA error go into the translation memory; a "
                    + "row marked Needs review, or with a QA error, is kept out.",
            "Import the same worksheet as often as you like while you work on it: the XLIFF file remembers what "
                    + "each import of it put in, so only what you changed since goes in. A row whose translation "
                    + "was also changed in the XLIFF file by another route (another worksheet, a CAT tool) is a "
                    + "conflict: --prefer-worksheet puts the worksheet's in, or export a fresh worksheet.",
            "The XLIFF file is written atomically and the previous version kept as .bak.",
            "Exit 0 when every row went in, whatever QA found (the findings are printed and kept in the XLIFF "
                    + "file; attache qa is the check that fails on them, or --fail-on error here); 4 when rows "
                    + "were rejected or in conflict (they changed nothing), or a QA finding as bad as --fail-on "
                    + "asks; 3 when the worksheet is not one of ours or was made for another XLIFF file."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache import worksheets/lavrov-aliyev-2023-02-27.en-ru.xlsx",
            "  attache import returned.xlsx --xliff xliff/lavrov-aliyev-2023-02-27.en-ru.xlf --dry-run --report report.json",
            "  attache import worksheets/lavrov-aliyev-2023-02-27.en-ru.xlsx --json --quiet",
            "  attache import returned.xlsx --prefer-worksheet",
            "  attache import worksheets/lavrov-aliyev-2023-02-27.en-ru.xlsx --report import.html"
        })
final class ImportCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(
            paramLabel = "WORKSHEET",
            description =
                    "The filled worksheet (.xlsx; an .ods or .xls is refused with "
                            + "what to do).")
    private Path worksheet;

    @Option(
            names = "--xliff",
            paramLabel = "FILE",
            description =
                    "The XLIFF file to import into (default: xliff/<the file the worksheet was made from>).")
    private Path xliff;

    @Option(
            names = "--dry-run",
            description = "Check everything, write nothing (the report is still written).")
    private boolean dryRun;

    @Option(
            names = "--report",
            paramLabel = "FILE.json|FILE.html",
            description =
                    "Write a report of the import, chosen by the file's extension: .json every row's verdict as "
                            + "JSON; .html a self-contained page with every rejected row and its reason, every conflict side "
                            + "by side (XLIFF and worksheet), and the QA findings. An existing file is never replaced: name a "
                            + "new one.")
    private Path report;

    @Option(
            names = "--overwrite-final",
            description = "Overwrite segments that are Final in the XLIFF file.")
    private boolean overwriteFinal;

    /**
     * {@code --force} replaces an existing output, and import replaces none: named here only to say
     * what to use.
     */
    @Option(names = "--force", hidden = true)
    private boolean force;

    @Option(
            names = "--fail-on",
            paramLabel = "error|warning|never",
            defaultValue = "never",
            description =
                    "Also exit 4 when QA finds an error on an imported target (error), any finding (warning), "
                            + "or never (the default: QA findings are reported and kept in the XLIFF file, and attache qa is "
                            + "the check; rows rejected or in conflict exit 4 whatever this says).")
    private FailOn failOn;

    @Option(
            names = "--prefer-worksheet",
            description =
                    "Resolve conflicts for the worksheet: a row whose translation "
                            + "was changed in the XLIFF file too (by another worksheet, a CAT tool, by hand) goes in, and the XLIFF's "
                            + "translation is kept in a note. Final segments still need --overwrite-final.")
    private boolean preferWorksheet;

    @Option(
            names = "--strict",
            description = "Write nothing if any row is rejected or in conflict.")
    private boolean strict;

    @Option(
            names = "--json",
            description =
                    "Print what the import did as JSON (format attache-import, version 1: "
                            + "worksheet, xliff, dryRun, written, glossaryChanged, counts, issues, qaFindings, memory; see README) "
                            + "instead of the summary lines. Problems still go to stderr.")
    private boolean json;

    @Mixin private GlossaryOptionsMixin glossary;

    @Option(
            names = "--checks",
            split = ",",
            paramLabel = "CHECK",
            converter = QaCheckConverter.class,
            description =
                    "The QA checks of the changed targets, comma-separated: terms (with a glossary), numbers, "
                            + "mechanical, quotes, script (default: all).")
    private List<QaCheck> checks = List.of();

    @ArgGroup(exclusive = true)
    private MemoryTarget memory;

    /** {@code --tm DIR} or {@code --no-tm}; without either, {@code tm}. */
    static final class MemoryTarget {
        @Option(
                names = "--tm",
                paramLabel = "DIR",
                description = "The translation memory the accepted rows go into (default: tm).")
        Path folder;

        @Option(names = "--no-tm", description = "Add nothing to the translation memory.")
        boolean none;

        static Optional<Path> of(MemoryTarget memory) {
            if (memory == null) {
                return Optional.of(Path.of("tm"));
            }
            return memory.none ? Optional.empty() : Optional.of(memory.folder);
        }
    }

    @Override
    public Integer call() {
        if (force) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "import replaces no output, so it "
                            + "takes no --force; --overwrite-final overwrites segments that are Final in the XLIFF file");
        }
        if (report != null && ImportReportFile.format(report).isEmpty()) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--report " + report + ": a report file ends in .json or .html");
        }
        var request =
                new ImportFlow.Request(
                        worksheet,
                        Optional.ofNullable(xliff),
                        Path.of("xliff"),
                        glossary.glossaryChoice(),
                        checks.isEmpty() ? QaCheck.all() : EnumSet.copyOf(checks),
                        Optional.ofNullable(report).map(ImportReportFile::new),
                        dryRun,
                        overwriteFinal,
                        preferWorksheet,
                        strict,
                        MemoryTarget.of(memory));
        Console console = Console.of(spec);
        ImportFlow.Result result;
        try (var task = console.progress().start("import", 1)) {
            result = new ImportFlow().run(request);
            task.advance(1);
        }
        console.problems(result.problemLines());
        if (json) {
            new ImportJsonWriter().write(request, result, console.data());
        } else {
            console.summary(result.summary());
            console.summary(result.writeSummary());
            result.memory().ifPresent(m -> console.summary(m.line()));
        }
        return result.hasRejections() || failOn.failsOn(result) ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
