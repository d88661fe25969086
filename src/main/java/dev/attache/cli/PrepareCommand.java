package dev.attache.cli;

import dev.attache.flow.DocumentChoice;
import dev.attache.flow.MemoryChoice;
import dev.attache.flow.PrepareFlow;
import dev.attache.flow.SegmentFlow;
import dev.attache.glossary.NameCandidates;
import java.nio.file.Path;
import java.util.List;
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
        name = "prepare",
        mixinStandardHelpOptions = true,
        description = {
            "Segment transcripts, mark their glossary terms, and write for each target language the XLIFF "
                    + "file (xliff/<name>.en-<lang>.xlf) and the translator worksheet (worksheets/<name>.en-<lang>.xlsx).",
            "An existing XLIFF file keeps every translation whose source is unchanged (the previous file is kept as .bak).",
            "An existing worksheet may hold translations not yet imported: it is replaced only with --force."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache prepare transcripts/lavrov-aliyev-2023-02-27.en.txt -t ru,az",
            "  attache prepare transcripts/*.en.txt -t ru -g glossary/diplomatic-terms.tbx --password s3cret"
        })
final class PrepareCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(
            paramLabel = "TRANSCRIPT",
            arity = "1..*",
            description = "English transcripts: plain text, HTML pages or Word documents (.docx).")
    private List<Path> transcripts;

    @Option(
            names = {"-t", "--target"},
            required = true,
            split = ",",
            paramLabel = "LANG",
            converter = LanguageConverter.class,
            description = "Target languages, comma-separated (ru,az).")
    private List<Locale> targets;

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            description =
                    "Protect the worksheets' sheets with this password (default: protected without one).")
    private String password;

    @Option(
            names = "--force",
            description =
                    "Replace existing worksheets (each is kept as .bak); without it, prepare refuses to.")
    private boolean force;

    @Mixin private TranscriptOptionsMixin source;

    @Mixin private GlossaryOptionsMixin glossary;

    @Mixin private XliffOutputMixin xliffOutput;

    @Mixin private LeverageOptionsMixin leverage;

    @Override
    public Integer call() {
        MemoryChoice memory = leverage.memoryChoice();
        DocumentChoice document = source.documentChoice(spec, transcripts);
        List<SegmentFlow.Request> requests =
                transcripts.stream()
                        .map(
                                t ->
                                        new SegmentFlow.Request(
                                                t,
                                                targets,
                                                Optional.empty(),
                                                Path.of("xliff"),
                                                source.transcriptOptions(),
                                                source.srxFile(),
                                                source.keepBoilerplate,
                                                glossary.glossaryChoice(),
                                                xliffOutput.xliffChoice(),
                                                memory,
                                                document))
                        .toList();
        Console console = Console.of(spec);
        var prepared =
                new PrepareFlow(console.progress())
                        .run(
                                new PrepareFlow.Request(
                                        requests,
                                        Path.of("worksheets"),
                                        Optional.ofNullable(password),
                                        force));
        for (PrepareFlow.Prepared one : prepared) {
            new SegmentReport(console).report(one.segmented());
            one.worksheets()
                    .forEach(
                            w ->
                                    console.summary(
                                            "wrote %s: %d rows, %d translated"
                                                    .formatted(
                                                            w.worksheet(),
                                                            w.rows(),
                                                            w.translatedRows())));
        }
        new SegmentReport(console)
                .reportUncovered(prepared.stream().map(PrepareFlow.Prepared::segmented).toList());
        prepared.stream()
                .map(PrepareFlow.Prepared::segmented)
                .flatMap(s -> s.glossary().stream())
                .findFirst()
                .ifPresent(
                        g -> {
                            NameCandidates names = new NameCandidates(g.glossary());
                            prepared.forEach(
                                    p ->
                                            p.segmented()
                                                    .transcript()
                                                    .translatable()
                                                    .forEach(
                                                            paragraph ->
                                                                    names.add(
                                                                            p.segmented()
                                                                                    .transcriptFile()
                                                                                    .toString(),
                                                                            paragraph.text())));
                            int count = names.candidates().size();
                            if (count == 0) {
                                return;
                            }
                            console.note(
                                    "%d %s not in the glossary (attache glossary candidates %s)"
                                            .formatted(
                                                    count,
                                                    count == 1 ? "name" : "names",
                                                    String.join(
                                                            " ",
                                                            transcripts.stream()
                                                                    .map(Path::toString)
                                                                    .toList())));
                        });
        return ExitCode.OK;
    }
}
