package dev.attache.cli;

import dev.attache.flow.TmAddFlow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = {
            "Add the translated segment pairs of XLIFF files (1.2 or 2.x; translatable units only) and the "
                    + "pairs of TMX files (.tmx) to the memory, with who added them (the user name), when, and the file.",
            "A pair the memory holds already is left alone; a newer translation of a source replaces the older.",
            "The memory is made when the folder is missing or empty; exit 3 when it is not a memory or another "
                    + "run is writing to it."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache tm add xliff/lavrov-aliyev-2023-02-27.en-ru.xlf",
            "  attache tm add memory.tmx --tm ../other-project/tm"
        })
final class TmAddCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "XLIFF or TMX files.")
    private List<Path> files;

    @Mixin private TmFolderMixin tm;

    @Override
    public Integer call() {
        TmAddFlow.Result result = new TmAddFlow().run(new TmAddFlow.Request(files, tm.folder));
        Console.of(spec).summary(result.line());
        return ExitCode.OK;
    }
}
