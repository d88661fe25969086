package dev.attache.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TermRenderings;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Targets as CAT tools leave them: copies of the source ({@code --copy-source}, or a tool's
 * pre-fill) in state new are untranslated, a changed target still in state new is translated, and a
 * final unit is {@code approved="yes"}.
 */
class CatToolTargetsTest {
    @TempDir Path dir;

    private Path written(TranslationDocument document, XliffFlavour flavour) throws IOException {
        Path file = dir.resolve("sample.en-ru.xlf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XliffWriter(TermRenderings.none()).write(document, flavour, out);
        }
        return file;
    }

    private static TranslationDocument oneSegment(String source, String target, State state) {
        Unit unit =
                new Unit(
                        "p1",
                        "body",
                        true,
                        List.of(
                                new SegmentPair(
                                        new SegmentId("p1", 1), source, target, state, List.of())),
                        List.of(),
                        List.of());
        return new TranslationDocument(
                "s.en.txt", Locale.ENGLISH, Locale.forLanguageTag("ru"), List.of(unit));
    }

    private static SegmentPair readBack(Path file) {
        return new XliffReader().read(file).translatableSegments().findFirst().orElseThrow();
    }

    @Test
    void copiedSourcesAreWrittenInStateNewAndReadBackAsUntranslated() throws Exception {
        TranslationDocument document = Xliff12RoundTripTest.sample();
        Path file = written(document, new XliffFlavour(XliffVersion.V1_2, true));

        Xliff12Schema.validate(file);
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(xml)
                .contains(
                        "<target xml:lang=\"ru\" state=\"new\"><mrk mid=\"s1\" mtype=\"seg\">Remarks by the "
                                + "Minister &amp; &lt;guests></mrk></target>");
        assertThat(xml)
                .doesNotContain(
                        "<target xml:lang=\"ru\" state=\"new\"><mrk mid=\"s1\" mtype=\"seg\">359-27");
        assertThat(new XliffReader().read(file)).isEqualTo(document);
    }

    @Test
    void aTargetChangedByACatToolInStateNewIsTranslated() throws Exception {
        Path file =
                written(
                        oneSegment("Thank you.", "Спасибо.", State.NEW),
                        XliffFlavour.standard(XliffVersion.V1_2));

        assertThat(Files.readString(file)).contains("state=\"new\"");
        assertThat(readBack(file))
                .extracting(SegmentPair::target, SegmentPair::state)
                .containsExactly("Спасибо.", State.TRANSLATED);
    }

    @Test
    void aTargetLikeItsSourceCountsOnlyOnceItLeftStateNew() throws Exception {
        Path file =
                written(
                        oneSegment("Baku", "Baku", State.TRANSLATED),
                        XliffFlavour.standard(XliffVersion.V1_2));

        assertThat(readBack(file))
                .extracting(SegmentPair::target, SegmentPair::state)
                .containsExactly("Baku", State.TRANSLATED);
    }

    @Test
    void aFinalUnitIsApprovedAndApprovedWithoutAStateIsFinal() throws Exception {
        Path file =
                written(
                        oneSegment("Thank you.", "Спасибо.", State.FINAL),
                        XliffFlavour.standard(XliffVersion.V1_2));

        String xml = Files.readString(file);
        assertThat(xml).contains("approved=\"yes\"");
        Xliff12Schema.validate(file);
        Files.writeString(file, xml.replace(" state=\"final\"", ""));
        assertThat(readBack(file).state()).isEqualTo(State.FINAL);
        assertThat(
                        Files.readString(
                                written(
                                        Xliff12RoundTripTest.sample(),
                                        XliffFlavour.standard(XliffVersion.V1_2))))
                .doesNotContain("approved");
    }
}
