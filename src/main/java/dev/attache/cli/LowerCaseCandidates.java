package dev.attache.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The values a shell completes for an option or parameter of a fixed set (an enum: {@code --only},
 * {@code --checks}, {@code --paragraphs}, the shell of {@code completion}) in lower case, as the
 * help and the README write them; picocli offers an enum's constants as they are spelt in Java
 * ({@code TRANSLATED}). Either case is accepted.
 */
final class LowerCaseCandidates {
    private LowerCaseCandidates() {}

    /**
     * Gives every enum option and parameter of {@code cli} and of every command under it lower-case
     * candidates.
     */
    static void installOn(CommandLine cli) {
        CommandSpec spec = cli.getCommandSpec();
        for (OptionSpec option : List.copyOf(spec.options())) {
            if (ofAnEnum(option)) {
                spec.remove(option);
                spec.addOption(option.toBuilder().completionCandidates(lowerCase(option)).build());
            }
        }
        for (PositionalParamSpec positional : List.copyOf(spec.positionalParameters())) {
            if (ofAnEnum(positional)) {
                spec.remove(positional);
                spec.addPositional(
                        positional.toBuilder().completionCandidates(lowerCase(positional)).build());
            }
        }
        cli.getSubcommands().values().stream().distinct().forEach(LowerCaseCandidates::installOn);
    }

    private static boolean ofAnEnum(ArgSpec arg) {
        Class<?>[] types = arg.auxiliaryTypes();
        return types.length > 0 && types[0].isEnum() && arg.completionCandidates() != null;
    }

    private static List<String> lowerCase(ArgSpec arg) {
        return StreamSupport.stream(arg.completionCandidates().spliterator(), false)
                .map(c -> c.toLowerCase(Locale.ROOT))
                .toList();
    }
}
