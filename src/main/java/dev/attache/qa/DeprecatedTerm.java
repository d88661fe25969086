package dev.attache.qa;

import static java.util.Objects.requireNonNull;

import dev.attache.Severity;
import java.util.Optional;

/**
 * A deprecated target term used in the target, wherever it appears.
 *
 * @param found the target text as written ("союзного взаимодействия")
 * @param deprecated the deprecated term it is a form of ("союзное взаимодействие")
 * @param expected the preferred and admitted terms of the concept; empty when it has only
 *     deprecated ones
 */
public record DeprecatedTerm(
        String conceptId, String found, String deprecated, Optional<ExpectedRendering> expected)
        implements TermFinding {
    public DeprecatedTerm {
        requireNonNull(conceptId, "conceptId");
        requireNonNull(found, "found");
        requireNonNull(deprecated, "deprecated");
        requireNonNull(expected, "expected");
    }

    @Override
    public String kind() {
        return "deprecated-term";
    }

    @Override
    public String message() {
        String use = expected.map(e -> ": use " + e.quoted()).orElse("");
        return "\"" + found + "\" is a form of the deprecated term \"" + deprecated + "\"" + use;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }
}
