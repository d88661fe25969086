package dev.attache.cli;

import dev.attache.AtomicFile;
import dev.attache.flow.GlossaryCandidates;
import dev.attache.glossary.NameCandidates;
import dev.attache.glossary.TbxWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "candidates",
        mixinStandardHelpOptions = true,
        description = {
            "List the names in English transcripts that the glossary does not hold: abbreviations and "
                    + "runs of two or more capitalised words (organisations, forums, offices, persons), most frequent "
                    + "first, one a line: count, kind, name, and the file and paragraph it was first seen in.",
            "--tbx writes them as skeleton TBX entries (English term, and where it was seen as the source) for a "
                    + "terminologist to complete with the Russian and Azerbaijani terms and their sources.",
            "Exit 0 (also when nothing is found), 3 when a file cannot be read."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache glossary candidates transcripts/lavrov-aliyev-2023-02-27.en.txt",
            "  attache glossary candidates transcripts/*.en.txt --tbx draft.tbx"
        })
public final class GlossaryCandidatesCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "English transcripts: plain text, HTML pages or Word documents (.docx).")
    private List<Path> files;

    @Option(
            names = "--tbx",
            paramLabel = "OUT",
            description = "Also write the candidates as skeleton TBX entries.")
    private Path tbx;

    @Mixin private GlossaryFileMixin glossary;

    @Override
    public Integer call() throws Exception {
        NameCandidates names =
                new GlossaryCandidates()
                        .run(files, glossary.glossaryChoice().load().orElseThrow().glossary());
        Console console = Console.of(spec);
        PrintWriter out = console.data();
        names.candidates()
                .forEach(
                        c ->
                                out.printf(
                                        "%d\t%s\t%s\t%s: %s%n",
                                        c.count(), c.kind(), c.text(), c.source(), c.context()));
        if (tbx != null) {
            new AtomicFile(tbx).write(stream -> new TbxWriter().write(names.skeleton(), stream));
            console.summary(
                    "wrote " + tbx + ": " + names.candidates().size() + " skeleton entries");
        }
        console.note(names.candidates().size() + " names not in the glossary");
        return ExitCode.OK;
    }
}
