package dev.attache.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "glossary",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Work with termbases: TBX-Basic (TBX v3; TBX v2 martif is read too) or CSV (en,ru,az,... columns).",
        subcommands = {
            GlossaryValidateCommand.class,
            GlossaryLookupCommand.class,
            GlossaryConvertCommand.class,
            GlossaryScanCommand.class,
            GlossaryCandidatesCommand.class
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  attache glossary validate glossary/diplomatic-terms.tbx",
            "  attache glossary lookup \"allied interaction\" -t ru",
            "  attache glossary convert glossary/diplomatic-terms.tbx terms.csv",
            "  attache glossary scan transcripts/lavrov-aliyev-2023-02-27.en.txt -t ru",
            "  attache glossary candidates transcripts/lavrov-aliyev-2023-02-27.en.txt --tbx draft.tbx"
        })
public final class GlossaryCommand implements Runnable {
    @Spec private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "a glossary command is needed (validate, lookup, convert, scan, candidates)");
    }
}
