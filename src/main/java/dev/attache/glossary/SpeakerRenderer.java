package dev.attache.glossary;

import dev.attache.model.Speaker;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders the speaker labels of a document through the glossary: a label that is a term of a
 * concept in the source language ({@code Sergey Lavrov}, {@code Question}) becomes that concept's
 * speaker form in the target language ({@code С.В.Лавров}, {@code Вопрос}; see {@link
 * Concept#speakerLabel}), and so does a label whose person ({@code personOf}, the reader's label
 * grammar) is such a term ({@code President of Russia Vladimir Putin} as {@code Vladimir Putin}); a
 * label the glossary lacks stays as written and is listed in {@link #unknown()}, each once, in
 * document order.
 */
public final class SpeakerRenderer {
    private final Map<String, Concept> conceptsByLabel = new HashMap<>();
    private final Set<String> unknown = new LinkedHashSet<>();
    private final Function<String, Optional<String>> personOf;

    public SpeakerRenderer(
            Glossary glossary, String sourceLang, Function<String, Optional<String>> personOf) {
        this.personOf = personOf;
        for (Concept concept : glossary.concepts()) {
            for (Term term : concept.terms(sourceLang)) {
                if (concept.labels(term.text(), sourceLang)) {
                    conceptsByLabel.putIfAbsent(term.text(), concept);
                }
            }
        }
    }

    public TranslationDocument render(TranslationDocument document) {
        String targetLang = document.targetLang().getLanguage();
        List<Unit> units = new ArrayList<>(document.units().size());
        for (Unit unit : document.units()) {
            units.add(
                    unit.speaker().isEmpty()
                            ? unit
                            : unit.withSpeaker(unit.speaker().map(s -> render(s, targetLang))));
        }
        return document.withUnits(units);
    }

    /**
     * The document with every speaker the glossary knows rendered again from its label, the others
     * as they are: what {@code merge} writes, whatever a CAT tool left in the target's placeholder
     * (one that builds the target from the source leaves the English label there).
     */
    public TranslationDocument renderKnown(TranslationDocument document) {
        String targetLang = document.targetLang().getLanguage();
        return document.withUnits(
                document.units().stream()
                        .map(
                                unit ->
                                        unit.withSpeaker(
                                                unit.speaker()
                                                        .map(
                                                                speaker ->
                                                                        rendering(
                                                                                        speaker,
                                                                                        targetLang)
                                                                                .map(
                                                                                        speaker
                                                                                                ::renderedAs)
                                                                                .orElse(speaker))))
                        .toList());
    }

    /** The labels the glossary lacks, each once, in the order they were first met. */
    public List<String> unknown() {
        return List.copyOf(unknown);
    }

    private Optional<String> rendering(Speaker speaker, String targetLang) {
        return Optional.ofNullable(conceptsByLabel.get(speaker.label()))
                .or(() -> personOf.apply(speaker.label()).map(conceptsByLabel::get))
                .flatMap(c -> c.speakerLabel(targetLang))
                .map(Term::text);
    }

    private Speaker render(Speaker speaker, String targetLang) {
        Optional<String> rendering = rendering(speaker, targetLang);
        if (rendering.isEmpty()) {
            unknown.add(speaker.label());
        }
        return speaker.renderedAs(rendering.orElse(speaker.label()));
    }
}
