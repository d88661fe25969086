package dev.attache.qa;

import static java.util.Objects.requireNonNull;

/**
 * A term found in the source whose preferred (or an admitted) target term appears in no form in the target.
 *
 * @param sourceTerm the source text that was found ("mega-projects")
 * @param expected   the preferred target term and the admitted ones
 */
public record MissingTerm(String conceptId, String sourceTerm, ExpectedRendering expected)
        implements TermFinding {
    public MissingTerm {
        requireNonNull(conceptId, "conceptId");
        requireNonNull(sourceTerm, "sourceTerm");
        requireNonNull(expected, "expected");
    }

    @Override
    public String kind() {
        return "missing-term";
    }

    @Override
    public String message() {
        return "term \"" + sourceTerm + "\" should be rendered as " + expected.quoted()
                + ", which is not in the target";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }
}
