package dev.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A transcript as translation units, for one language pair. {@code original} is the source file's
 * name as the XLIFF records it ({@code lavrov-aliyev-2023-02-27.en.txt}). A value like a record,
 * with an index of its units by id, so that finding a unit or a segment does not scan the document:
 * every command stays linear in its size.
 */
public final class TranslationDocument {
    private final String original;
    private final Locale sourceLang;
    private final Locale targetLang;
    private final List<Unit> units;
    private final Map<String, Unit> unitsById;
    private final Origin origin;

    public TranslationDocument(
            String original, Locale sourceLang, Locale targetLang, List<Unit> units) {
        this(original, Origin.text(), sourceLang, targetLang, units);
    }

    public TranslationDocument(
            String original,
            Origin origin,
            Locale sourceLang,
            Locale targetLang,
            List<Unit> units) {
        this.original = requireNonNull(original, "original");
        this.origin = requireNonNull(origin, "origin");
        this.sourceLang = requireNonNull(sourceLang, "sourceLang");
        this.targetLang = requireNonNull(targetLang, "targetLang");
        this.units = List.copyOf(units);
        this.unitsById = new HashMap<>(this.units.size() * 2);
        for (Unit unit : this.units) {
            if (unitsById.put(unit.id(), unit) != null) {
                throw new IllegalArgumentException("duplicate unit id '" + unit.id() + "'");
            }
        }
    }

    public String original() {
        return original;
    }

    /** The original's format, and for HTML and DOCX its hash and content selector. */
    public Origin origin() {
        return origin;
    }

    public Locale sourceLang() {
        return sourceLang;
    }

    public Locale targetLang() {
        return targetLang;
    }

    public List<Unit> units() {
        return units;
    }

    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(unitsById.get(id));
    }

    public Optional<SegmentPair> segment(SegmentId id) {
        return unit(id.unitId()).flatMap(u -> u.segment(id));
    }

    /** Every segment of every translatable unit, in document order. */
    public Stream<SegmentPair> translatableSegments() {
        return units.stream().filter(Unit::translatable).flatMap(u -> u.segments().stream());
    }

    /**
     * This document with every empty target of a translatable unit filled with a copy of its source
     * (state new).
     */
    public TranslationDocument withSourceCopied() {
        return withUnits(
                units.stream()
                        .map(
                                u ->
                                        u.translatable()
                                                ? u.withSegments(
                                                        u.segments().stream()
                                                                .map(SegmentPair::withSourceCopied)
                                                                .toList())
                                                : u)
                        .toList());
    }

    public TranslationDocument withUnits(List<Unit> newUnits) {
        return new TranslationDocument(original, origin, sourceLang, targetLang, newUnits);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TranslationDocument that
                && original.equals(that.original)
                && origin.equals(that.origin)
                && sourceLang.equals(that.sourceLang)
                && targetLang.equals(that.targetLang)
                && units.equals(that.units);
    }

    @Override
    public int hashCode() {
        return Objects.hash(original, origin, sourceLang, targetLang, units);
    }

    @Override
    public String toString() {
        return "TranslationDocument[original="
                + original
                + ", origin="
                + origin
                + ", sourceLang="
                + sourceLang
                + ", targetLang="
                + targetLang
                + ", units="
                + units
                + "]";
    }
}
