package dev.attache.xliff;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A transcript as translation units, for one language pair. {@code original} is the source file's name as
 * the XLIFF records it ({@code lavrov-aliyev-2023-02-27.en.txt}).
 */
public record TranslationDocument(String original, Locale sourceLang, Locale targetLang, List<Unit> units) {
    public TranslationDocument {
        requireNonNull(original, "original");
        requireNonNull(sourceLang, "sourceLang");
        requireNonNull(targetLang, "targetLang");
        units = List.copyOf(units);
        var ids = new HashSet<String>();
        for (Unit unit : units) {
            if (!ids.add(unit.id())) {
                throw new IllegalArgumentException("duplicate unit id '" + unit.id() + "'");
            }
        }
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public Optional<SegmentPair> segment(SegmentId id) {
        return unit(id.unitId()).flatMap(u -> u.segment(id));
    }

    /** Every segment of every translatable unit, in document order. */
    public Stream<SegmentPair> translatableSegments() {
        return units.stream().filter(Unit::translatable).flatMap(u -> u.segments().stream());
    }

    /** This document with every empty target of a translatable unit filled with a copy of its source (state new). */
    public TranslationDocument withSourceCopied() {
        return withUnits(units.stream().map(u -> u.translatable()
                ? u.withSegments(u.segments().stream().map(SegmentPair::withSourceCopied).toList()) : u).toList());
    }

    public TranslationDocument withUnits(List<Unit> newUnits) {
        return new TranslationDocument(original, sourceLang, targetLang, newUnits);
    }
}
