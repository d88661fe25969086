package dev.attache.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.Note;
import dev.attache.model.Origin;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.SourceFormat;
import dev.attache.model.Speaker;
import dev.attache.model.State;
import dev.attache.model.TargetOrigin;
import dev.attache.model.TmMatch;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.model.WorksheetImport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * {@link Xliff12Writer} writes the bytes Okapi's XLIFF writer wrote for the same document ({@link
 * OkapiXliff12Writer}, the writer it replaced): for any document, with text that holds what XML
 * escapes ({@code < > & " '}, {@code ]]>}), carriage returns and line feeds alone and together,
 * other line separators, no-break spaces, characters outside the BMP, inline tokens paired and
 * alone, speaker labels, every state and origin, fuzzy matches, import records and notes. Okapi's
 * private-use code markers (U+E101–U+E103) are left out: Okapi's writer cannot write them.
 */
class Xliff12WriterProperties {
    private static final List<String> PIECES =
            List.of(
                    "a", "Б", "ə", " ", "  ", "<", ">", "]", "]]>", "&", "&amp;", "\"", "'", "\r",
                    "\n", "\r\n", "\t", "\u00A0", "\u0085", "\u2028", "😀", "{1}", "{/1}", "{2}",
                    "{/2}", "{12}", "{0}", "x:", "-");

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void writesTheBytesOkapisWriterWrote(@ForAll("documents") TranslationDocument document)
            throws IOException {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        new Xliff12Writer().write(document, ours);
        ByteArrayOutputStream okapis = new ByteArrayOutputStream();
        new OkapiXliff12Writer().write(document, okapis);
        // the one deliberate difference: a > right after a ] that ends the piece of a unit's text
        // before it (the old writer escaped a > after a ] within a piece only, and wrote ]]> so,
        // which is no XML) is escaped by ours; the old writer's markup holds no ]>, so every ]> of
        // its output is such a meeting of two pieces
        String okapi = okapis.toString(StandardCharsets.UTF_8).replace("]>", "]&gt;");
        assertThat(ours.toString(StandardCharsets.UTF_8)).isEqualTo(okapi);
        assertThat(ours.toByteArray()).isEqualTo(okapi.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A {@code ]]} ending one piece of a unit's text and a {@code >} starting the next (a segment
     * and a separator, a separator and a segment) make {@code ]]>} in the unit's whole source: the
     * old writer wrote it so, and the file was no XML (found by {@link Xliff12ReaderProperties},
     * whose reader refused it); ours escapes the {@code >}, and the file reads back, by Okapi's
     * filter too.
     */
    @Example
    void aCdataEndAcrossTheSegmentsOfASourceIsEscaped() throws IOException {
        Unit unit =
                new Unit(
                        "p1",
                        "body",
                        true,
                        List.of(
                                plainSegment(1, "a]]", "б]]"),
                                plainSegment(2, ">b]", ">в]"),
                                plainSegment(3, ">c", ">г")),
                        List.of("]", "]]"),
                        List.of(),
                        Optional.empty());
        TranslationDocument document =
                new TranslationDocument(
                        "a.txt",
                        new Origin(SourceFormat.TEXT, Optional.empty(), Optional.empty()),
                        Locale.ENGLISH,
                        Locale.forLanguageTag("ru"),
                        List.of(unit));

        writesTheBytesOkapisWriterWrote(document);
        Path file = Files.createTempFile("attache-cdata-end", ".xlf");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                new Xliff12Writer().write(document, out);
            }
            assertThat(Files.readString(file)).doesNotContain("]]>").contains("]]&gt;");
            Xliff12ReaderProperties.assertSameDocument(
                    new Xliff12Reader().read(file), new OkapiXliff12Reader().read(file));
            assertThat(new Xliff12Reader().read(file).units().get(0).segments())
                    .extracting(SegmentPair::source)
                    .containsExactly("a]]", ">b]", ">c");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static SegmentPair plainSegment(int number, String source, String target) {
        return new SegmentPair(
                new SegmentId("p1", number),
                source,
                target,
                State.TRANSLATED,
                List.of(),
                List.of(),
                TargetOrigin.TYPED,
                List.of());
    }

    @Provide
    Arbitrary<TranslationDocument> documents() {
        Arbitrary<Origin> origins =
                Arbitraries.of(SourceFormat.values())
                        .flatMap(
                                format ->
                                        Combinators.combine(
                                                        Arbitraries.of(
                                                                Optional.<String>empty(),
                                                                Optional.of("ab".repeat(32))),
                                                        format == SourceFormat.HTML
                                                                ? Arbitraries.of(
                                                                        Optional.<String>empty(),
                                                                        Optional.of(
                                                                                "article.news <&>"))
                                                                : Arbitraries.just(
                                                                        Optional.<String>empty()))
                                                .as(
                                                        (hash, selector) ->
                                                                new Origin(
                                                                        format, hash, selector)));
        return Combinators.combine(
                        text(1, 4).filter(s -> !s.isEmpty()),
                        origins,
                        Arbitraries.of("ru", "az", "az-Latn"),
                        units().list().ofMinSize(1).ofMaxSize(5))
                .as(
                        (original, origin, target, units) ->
                                new TranslationDocument(
                                        original,
                                        origin,
                                        Locale.ENGLISH,
                                        Locale.forLanguageTag(target),
                                        numbered(units)));
    }

    /** The units with the ids p1, p2, … (a generated unit is {@code p1}). */
    private static List<Unit> numbered(List<Unit> units) {
        return IntStream.range(0, units.size())
                .mapToObj(i -> renamed(units.get(i), "p" + (i + 1)))
                .toList();
    }

    private static Unit renamed(Unit unit, String id) {
        List<SegmentPair> segments = new ArrayList<>();
        for (SegmentPair pair : unit.segments()) {
            segments.add(
                    new SegmentPair(
                            new SegmentId(id, pair.id().number()),
                            pair.source(),
                            pair.target(),
                            pair.state(),
                            pair.termHits(),
                            pair.matches(),
                            pair.origin(),
                            pair.imports()));
        }
        return new Unit(
                id,
                unit.kind(),
                unit.translatable(),
                segments,
                unit.separators(),
                unit.notes(),
                unit.speaker());
    }

    private Arbitrary<Unit> units() {
        return Combinators.combine(
                        Arbitraries.of("body", "title", "x-odd", "a \"kind\" <&>"),
                        Arbitraries.of(true, true, false),
                        segments().list().ofMinSize(1).ofMaxSize(3),
                        text(0, 3).list().ofSize(2),
                        notes().list().ofMaxSize(3),
                        speakers())
                .as(
                        (kind, translatable, segments, separators, notes, speaker) ->
                                new Unit(
                                        "p1",
                                        kind,
                                        translatable,
                                        IntStream.range(0, segments.size())
                                                .mapToObj(i -> withIndex(segments.get(i), i + 1))
                                                .toList(),
                                        separators.subList(0, segments.size() - 1),
                                        notes,
                                        speaker));
    }

    private static SegmentPair withIndex(SegmentPair pair, int index) {
        return new SegmentPair(
                new SegmentId("p1", index),
                pair.source(),
                pair.target(),
                pair.state(),
                List.of(),
                pair.matches(),
                pair.origin(),
                pair.imports());
    }

    private Arbitrary<SegmentPair> segments() {
        return Combinators.combine(
                        text(0, 6),
                        text(0, 6),
                        Arbitraries.of(State.values()),
                        Arbitraries.of(TargetOrigin.values()),
                        matches(),
                        imports())
                .as(
                        (source, target, state, origin, matches, imports) ->
                                new SegmentPair(
                                        new SegmentId("p1", 1),
                                        source,
                                        target,
                                        state,
                                        List.of(),
                                        matches,
                                        target.isBlank() ? TargetOrigin.TYPED : origin,
                                        imports));
    }

    private Arbitrary<List<TmMatch>> matches() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 100),
                        text(1, 3).filter(s -> !s.isBlank()),
                        text(1, 3).filter(s -> !s.isBlank()),
                        Arbitraries.of("tm", "", "a\"b<c"))
                .as(TmMatch::new)
                .list()
                .ofMaxSize(3)
                .map(
                        list ->
                                list.stream()
                                        .sorted(Comparator.comparingInt(TmMatch::score).reversed())
                                        .toList());
    }

    private Arbitrary<List<WorksheetImport>> imports() {
        return Arbitraries.of("sheet-1", "b.x_2", "Z")
                .set()
                .ofMaxSize(3)
                .map(
                        ids ->
                                ids.stream()
                                        .sorted()
                                        .map(id -> new WorksheetImport(id, "0f".repeat(32)))
                                        .collect(Collectors.toList()));
    }

    private Arbitrary<Note> notes() {
        return Combinators.combine(
                        Arbitraries.of(Note.FROM_GLOSSARY, Note.FROM_QA, "translator", "a\"&<"),
                        text(0, 6))
                .as(Note::new);
    }

    private Arbitrary<Optional<Speaker>> speakers() {
        Arbitrary<String> labels =
                Arbitraries.of(
                                "Sergey Lavrov",
                                "Q",
                                "<A & \"B\">",
                                "]>x",
                                "Вопрос",
                                "-",
                                "a\u0085b",
                                "O'Brien")
                        .map(String::strip);
        return Combinators.combine(labels, labels, Arbitraries.of(0, 1, 2))
                .as((label, rendering, token) -> new Speaker(label, rendering, token))
                .optional(0.5);
    }

    /** Text of {@code min} to {@code max} pieces, each of which XML or Okapi treats apart. */
    private static Arbitrary<String> text(int min, int max) {
        return Arbitraries.of(PIECES)
                .list()
                .ofMinSize(min)
                .ofMaxSize(max)
                .map(pieces -> String.join("", pieces));
    }
}
