package dev.attache.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.SegmentPair;
import dev.attache.model.TmMatch;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * {@link Xliff12Reader} reads every file {@link Xliff12Writer} writes as Okapi's XLIFF filter did
 * ({@link OkapiXliff12Reader}, the reader it replaced), over the random documents of {@link
 * Xliff12WriterProperties}: the same units, segments, separators, speakers, states, origins,
 * matches, imports and notes. Matches of equal score are compared in one order: ours keeps the
 * file's, Okapi's filter sorted the last segment's by source.
 */
class Xliff12ReaderProperties {
    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void readsWhatOkapisFilterRead(@ForAll("documents") TranslationDocument document)
            throws IOException {
        Path file = Files.createTempFile("attache-reader", ".xlf");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                new Xliff12Writer().write(document, out);
            }
            assertSameDocument(new Xliff12Reader().read(file), new OkapiXliff12Reader().read(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<TranslationDocument> documents() {
        return new Xliff12WriterProperties().documents();
    }

    static void assertSameDocument(TranslationDocument ours, TranslationDocument okapis) {
        assertThat(ours.original()).isEqualTo(okapis.original());
        assertThat(ours.origin()).isEqualTo(okapis.origin());
        assertThat(ours.sourceLang()).isEqualTo(okapis.sourceLang());
        assertThat(ours.targetLang()).isEqualTo(okapis.targetLang());
        assertThat(comparable(ours.units())).isEqualTo(comparable(okapis.units()));
    }

    /** The units with each segment's matches in one order: score, then source, then target. */
    private static List<Unit> comparable(List<Unit> units) {
        return units.stream()
                .map(
                        u ->
                                new Unit(
                                        u.id(),
                                        u.kind(),
                                        u.translatable(),
                                        u.segments().stream()
                                                .map(Xliff12ReaderProperties::sortedMatches)
                                                .toList(),
                                        u.separators(),
                                        u.notes(),
                                        u.speaker()))
                .toList();
    }

    private static SegmentPair sortedMatches(SegmentPair pair) {
        return new SegmentPair(
                pair.id(),
                pair.source(),
                pair.target(),
                pair.state(),
                pair.termHits(),
                pair.matches().stream()
                        .sorted(
                                Comparator.comparingInt(TmMatch::score)
                                        .reversed()
                                        .thenComparing(TmMatch::source)
                                        .thenComparing(TmMatch::target))
                        .toList(),
                pair.origin(),
                pair.imports());
    }
}
