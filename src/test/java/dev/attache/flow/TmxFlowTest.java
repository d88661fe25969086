package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import dev.attache.deliver.DoneSegments;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.xliff.XliffFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache tmx}: what it writes is read back by Okapi's TMX filter pair by pair. */
class TmxFlowTest {
    private static final Path GOLDEN = ShippedTranscriptTest.CASE.resolve("memory.en-ru.tmx");
    private static final LocaleId EN = LocaleId.fromBCP47("en");
    private static final LocaleId RU = LocaleId.fromBCP47("ru");

    @TempDir Path dir;
    private Path xliff;

    /** A pair read back: its languages' texts and its props. */
    record ReadPair(String source, String target, String file, String unit, String segment) {}

    @BeforeEach
    void translated() {
        xliff =
                TranslatedFixture.segment(
                        TranslatedFixture.TRANSCRIPT, "ru", dir.resolve("x.en-ru.xlf"));
    }

    private TmxFlow.Result tmx(DoneSegments done, Path... xliffs) {
        return new TmxFlow()
                .run(
                        new TmxFlow.Request(List.of(xliffs), dir.resolve("memory.tmx"), done, true),
                        "0.1.0");
    }

    private static List<ReadPair> readBack(Path tmx, LocaleId target) {
        List<ReadPair> pairs = new ArrayList<>();
        try (TmxFilter filter = new TmxFilter();
                RawDocument raw = new RawDocument(tmx.toUri(), "UTF-8", EN, target)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit tu = event.getTextUnit();
                    var text = tu.getTarget(target);
                    pairs.add(
                            new ReadPair(
                                    tu.getSource().toString(),
                                    text == null ? null : text.toString(),
                                    tu.getProperty("x-file").getValue(),
                                    tu.getProperty("x-unit").getValue(),
                                    tu.getProperty("x-segment").getValue()));
                }
            }
        }
        return pairs;
    }

    @Test
    void everyTranslatedPairIsReadBackByOkapi() {
        TranslationDocument translated = TranslatedFixture.fill(xliff, State.TRANSLATED);

        TmxFlow.Result result = tmx(DoneSegments.TRANSLATED, xliff);

        List<ReadPair> expected =
                translated
                        .translatableSegments()
                        .map(
                                s ->
                                        new ReadPair(
                                                s.source(),
                                                s.target(),
                                                "x.en-ru.xlf",
                                                s.id().unitId(),
                                                s.id().toString()))
                        .toList();
        assertThat(result.pairs()).isEqualTo(27);
        assertThat(readBack(result.output(), RU)).containsExactlyElementsOf(expected);
    }

    @Test
    void theMemoryOfTheShippedTranscriptMatchesItsGoldenFile() throws IOException {
        TranslatedFixture.fill(xliff, State.TRANSLATED);
        Path written = tmx(DoneSegments.TRANSLATED, xliff).output();
        String tmx =
                Files.readString(written)
                        .replaceAll("creationdate=\"[0-9T]+Z\"", "creationdate=\"<date>\"");
        if (ShippedTranscriptTest.UPDATE) {
            Files.writeString(GOLDEN, tmx);
        }

        assertThat(tmx).isEqualTo(Files.readString(GOLDEN));
        assertThat(tmx)
                .contains("<tmx version=\"1.4\">")
                .contains("creationtool=\"Attaché\"")
                .contains("creationtoolversion=\"0.1.0\"")
                .contains("srclang=\"en\"")
                .contains("segtype=\"sentence\"");
    }

    @Test
    void identicalPairsAreWrittenOnceAndOnlyFinalOnesWithOnlyFinal() {
        TranslationDocument translated = TranslatedFixture.fill(xliff, State.TRANSLATED);
        Unit p4 = translated.unit("p4").orElseThrow();
        SegmentPair salutation = p4.segments().get(0);
        XliffFiles.write(
                translated.withUnits(
                        translated.units().stream()
                                .map(
                                        u ->
                                                u.id().equals("p4")
                                                        ? p4.with(
                                                                salutation.withTarget(
                                                                        salutation.target(),
                                                                        State.FINAL))
                                                        : u)
                                .toList()),
                xliff,
                false);
        Path copy = dir.resolve("copy.en-ru.xlf");
        XliffFiles.write(XliffFiles.read(xliff), copy, false);

        assertThat(tmx(DoneSegments.TRANSLATED, xliff, copy).pairs()).isEqualTo(27);
        TmxFlow.Result finalOnly = tmx(DoneSegments.FINAL, xliff, copy);
        assertThat(finalOnly.pairs()).isEqualTo(1);
        assertThat(readBack(finalOnly.output(), RU))
                .containsExactly(
                        new ReadPair(
                                "Mr Aliyev,", "«Mr Aliyev,» [ru]", "x.en-ru.xlf", "p4", "p4.s1"));
    }

    @Test
    void russianAndAzerbaijaniGoIntoOneMemory() {
        TranslatedFixture.fill(xliff, State.TRANSLATED);
        Path az =
                TranslatedFixture.segment(
                        TranslatedFixture.TRANSCRIPT, "az", dir.resolve("x.en-az.xlf"));
        TranslatedFixture.fill(az, State.TRANSLATED);

        TmxFlow.Result result = tmx(DoneSegments.TRANSLATED, xliff, az);

        assertThat(result.pairs()).isEqualTo(54);
        assertThat(readBack(result.output(), LocaleId.fromBCP47("az")))
                .filteredOn(p -> p.target() != null)
                .extracting(ReadPair::target)
                .allMatch(t -> t.endsWith("[az]"))
                .hasSize(27);
    }

    @Test
    void untranslatedSegmentsStayOutAndAnExistingMemoryNeedsForce() throws IOException {
        assertThat(tmx(DoneSegments.TRANSLATED, xliff).pairs()).isZero();
        assertThatThrownBy(
                        () ->
                                new TmxFlow()
                                        .run(
                                                new TmxFlow.Request(
                                                        List.of(xliff),
                                                        dir.resolve("memory.tmx"),
                                                        DoneSegments.TRANSLATED,
                                                        false),
                                                "0.1.0"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("memory.tmx: exists: run again with --force");
    }
}
