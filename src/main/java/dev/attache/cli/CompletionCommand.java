package dev.attache.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = {
            "Print a shell completion script for attache (picocli's AutoComplete, made from the commands "
                    + "and options themselves): commands, subcommands, options, and the values of options that have a "
                    + "fixed set, in lower case (--only translated; either case is accepted). The same script serves "
                    + "bash and zsh (zsh through bashcompinit).",
            "Install it for this shell with source <(attache completion bash), or for good by saving it as "
                    + "~/.local/share/bash-completion/completions/attache."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache completion bash > ~/.local/share/bash-completion/completions/attache",
            "  source <(attache completion bash)",
            "  java -cp target/attache.jar picocli.AutoComplete --name attache dev.attache.cli.AttacheCommand"
        })
final class CompletionCommand implements Callable<Integer> {
    enum Shell {
        BASH,
        ZSH
    }

    @Spec private CommandSpec spec;

    @Parameters(
            paramLabel = "SHELL",
            defaultValue = "bash",
            description = "bash (the default) or zsh.")
    private Shell shell;

    @Override
    public Integer call() {
        LowerCaseCandidates.installOn(spec.root().commandLine());
        Console.of(spec).data().print(AutoComplete.bash("attache", spec.root().commandLine()));
        return ExitCode.OK;
    }
}
