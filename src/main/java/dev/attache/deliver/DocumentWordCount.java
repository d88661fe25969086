package dev.attache.deliver;

import static java.util.Objects.requireNonNull;

import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The word count of a translation document (or of several with the same language pair): the
 * segments of its translatable units with their source and target words, in total, per state (all
 * four, zeros included) and per paragraph kind (in the order the kinds first appear).
 * Non-translatable units (the reference number) are no translation work and are not counted. A
 * segment's target words are those of its target, 0 while untranslated.
 */
public record DocumentWordCount(
        Locale sourceLang,
        Locale targetLang,
        WordTally total,
        Map<State, WordTally> byState,
        Map<String, WordTally> byKind) {
    public DocumentWordCount {
        requireNonNull(sourceLang, "sourceLang");
        requireNonNull(targetLang, "targetLang");
        requireNonNull(total, "total");
        var states = new EnumMap<State, WordTally>(State.class);
        for (State state : State.values()) {
            states.put(state, byState.getOrDefault(state, WordTally.ZERO));
        }
        byState = Collections.unmodifiableMap(states);
        byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
        WordTally stateSum = sum(byState);
        if (!stateSum.equals(total) || !sum(byKind).equals(total)) {
            throw new IllegalArgumentException(
                    "the states ("
                            + stateSum
                            + ") and the kinds ("
                            + sum(byKind)
                            + ") do not add up to the total "
                            + total);
        }
    }

    /**
     * Counts the words of a document's translatable segments, sources in its source language,
     * targets in its target's.
     */
    public static DocumentWordCount of(TranslationDocument document, GmxWordCounter counter) {
        var byState = new EnumMap<State, WordTally>(State.class);
        var byKind = new LinkedHashMap<String, WordTally>();
        WordTally total = WordTally.ZERO;
        for (Unit unit : document.units()) {
            if (!unit.translatable()) {
                continue;
            }
            for (SegmentPair segment : unit.segments()) {
                WordTally one =
                        WordTally.ofSegment(
                                counter.count(segment.source(), document.sourceLang()),
                                segment.isTranslated()
                                        ? counter.count(segment.target(), document.targetLang())
                                        : 0);
                total = total.plus(one);
                byState.merge(segment.state(), one, WordTally::plus);
                byKind.merge(unit.kind(), one, WordTally::plus);
            }
        }
        return new DocumentWordCount(
                document.sourceLang(), document.targetLang(), total, byState, byKind);
    }

    /**
     * Whether the other count is for the same source and target language, so that the two can be
     * added.
     */
    public boolean sameLanguagePair(DocumentWordCount other) {
        return sourceLang.equals(other.sourceLang) && targetLang.equals(other.targetLang);
    }

    /**
     * This count and another of the same language pair together; kinds keep the order they first
     * appear in.
     */
    public DocumentWordCount plus(DocumentWordCount other) {
        if (!sameLanguagePair(other)) {
            throw new IllegalArgumentException(
                    "cannot add a "
                            + other.languagePair()
                            + " word count to a "
                            + languagePair()
                            + " one");
        }
        var states = new EnumMap<State, WordTally>(byState);
        other.byState.forEach((state, tally) -> states.merge(state, tally, WordTally::plus));
        var kinds = new LinkedHashMap<String, WordTally>(byKind);
        other.byKind.forEach((kind, tally) -> kinds.merge(kind, tally, WordTally::plus));
        return new DocumentWordCount(
                sourceLang, targetLang, total.plus(other.total), states, kinds);
    }

    /** {@code en-ru}. */
    public String languagePair() {
        return sourceLang.toLanguageTag() + "-" + targetLang.toLanguageTag();
    }

    private static WordTally sum(Map<?, WordTally> tallies) {
        return tallies.values().stream().reduce(WordTally.ZERO, WordTally::plus);
    }
}
