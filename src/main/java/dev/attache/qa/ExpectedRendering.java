package dev.attache.qa;

import static java.util.Objects.requireNonNull;

import dev.attache.glossary.Concept;
import dev.attache.glossary.TermStatus;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the glossary wants a concept rendered in a target language: its preferred term and the
 * admitted ones.
 */
public record ExpectedRendering(String preferred, List<String> admitted) {
    public ExpectedRendering {
        requireNonNull(preferred, "preferred");
        admitted = List.copyOf(admitted);
    }

    /**
     * The rendering of the concept in {@code lang}, if the concept has a preferred or admitted term
     * there; a form kept for speaker labels ({@code С.В.Лавров}) is no rendering of running text.
     */
    public static Optional<ExpectedRendering> of(Concept concept, String lang) {
        return concept.preferred(lang)
                .map(
                        first ->
                                new ExpectedRendering(
                                        first.text(),
                                        concept.terms(lang).stream()
                                                .filter(
                                                        t ->
                                                                t != first
                                                                        && t.status()
                                                                                != TermStatus
                                                                                        .DEPRECATED
                                                                        && !t.speakerLabel())
                                                .map(t -> t.text())
                                                .toList()));
    }

    /** {@code "мегапроект"}, or {@code "Sergey Lavrov" (or "Sergei Lavrov")}. */
    public String quoted() {
        String first = "\"" + preferred + "\"";
        return admitted.isEmpty()
                ? first
                : first
                        + admitted.stream()
                                .map(a -> "\"" + a + "\"")
                                .collect(Collectors.joining(", ", " (or ", ")"));
    }
}
