package dev.attache.qa;

import static java.util.Objects.requireNonNull;

import dev.attache.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A term found in the source whose preferred (or an admitted) target term appears in no form in the
 * target.
 *
 * @param sourceTerm the source text that was found ("mega-projects")
 * @param expected the preferred target term and the admitted ones
 * @param foundInstead the glossary terms of the target that render nothing the source requires, and
 *     the concept's own forms that do not count (deprecated ones), as written; empty when there are
 *     none
 */
public record MissingTerm(
        String conceptId, String sourceTerm, ExpectedRendering expected, List<String> foundInstead)
        implements TermFinding {
    public MissingTerm {
        requireNonNull(conceptId, "conceptId");
        requireNonNull(sourceTerm, "sourceTerm");
        requireNonNull(expected, "expected");
        foundInstead = List.copyOf(foundInstead);
    }

    @Override
    public String kind() {
        return "missing-term";
    }

    @Override
    public String message() {
        String rendering = "term \"" + sourceTerm + "\" should be rendered as " + expected.quoted();
        return foundInstead.isEmpty()
                ? rendering + ", which is not in the target"
                : rendering
                        + "; found instead: "
                        + foundInstead.stream()
                                .map(f -> "\"" + f + "\"")
                                .collect(Collectors.joining(", "));
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }
}
