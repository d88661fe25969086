package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a reader made of a glossary file: the glossary and the structure problems it stepped over.
 */
public record ParsedGlossary(Glossary glossary, List<GlossaryFinding> problems) {
    public ParsedGlossary {
        requireNonNull(glossary, "glossary");
        problems = List.copyOf(problems);
    }
}
