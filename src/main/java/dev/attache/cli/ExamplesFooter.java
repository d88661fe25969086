package dev.attache.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The footer of every command's help, its examples: a command line is printed whole, however wide,
 * since a line broken inside a path or a word cannot be pasted into a shell; every other line of
 * the footer (prose such as the exit codes) wraps to the help's width as picocli wraps it.
 */
final class ExamplesFooter implements IHelpSectionRenderer {
    /** How an example line starts in a footer. */
    static final String EXAMPLE = "  attache ";

    /** Gives {@code cli} and every command under it this footer. */
    static void installOn(CommandLine cli) {
        cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, new ExamplesFooter());
        cli.getSubcommands().values().forEach(ExamplesFooter::installOn);
    }

    @Override
    public String render(Help help) {
        StringBuilder out = new StringBuilder();
        for (String line : help.commandSpec().usageMessage().footer()) {
            if (line.startsWith(EXAMPLE)) {
                out.append(line).append(System.lineSeparator());
            } else {
                TextTable prose =
                        TextTable.forColumns(
                                help.colorScheme(),
                                new Column(
                                        help.commandSpec().usageMessage().width(),
                                        0,
                                        Column.Overflow.WRAP));
                prose.indentWrappedLines = 0;
                prose.addRowValues(help.colorScheme().text(String.format(line)));
                out.append(prose);
            }
        }
        return out.toString();
    }
}
