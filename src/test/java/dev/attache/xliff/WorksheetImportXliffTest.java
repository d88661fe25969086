package dev.attache.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TargetOrigin;
import dev.attache.model.TermRenderings;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.model.WorksheetImport;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What worksheet imports left in segments survives XLIFF 1.2 and 2.1, schema-valid, and a
 * conversion from one to the other; a segment remembers one import per worksheet, the latest first,
 * three at most.
 */
class WorksheetImportXliffTest {
    private static final String SHEET_A = "0b6c1e52-7f3a-4d8e-9c51-2a4f6d8e0b13";
    private static final String SHEET_B = "9d0f3c2e-1b4a-4c6d-8e7f-5a6b7c8d9e0f";

    @TempDir Path dir;

    private static WorksheetImport imported(String sheet, char digit) {
        return new WorksheetImport(sheet, String.valueOf(digit).repeat(64));
    }

    static TranslationDocument remembered() {
        Unit both =
                new Unit(
                        "p1",
                        "body",
                        true,
                        List.of(
                                new SegmentPair(SegmentId.parse("p1.s1"), "Thank you.")
                                        .withTarget("Спасибо.", State.TRANSLATED)
                                        .withImport(imported(SHEET_A, 'a'))
                                        .withImport(imported(SHEET_B, 'b')),
                                new SegmentPair(SegmentId.parse("p1.s2"), "Good bye.")
                                        .withTarget("До свидания.", State.TRANSLATED)),
                        List.of(" "),
                        List.of());
        Unit mixedStates =
                new Unit(
                        "p2",
                        "body",
                        true,
                        List.of(
                                new SegmentPair(SegmentId.parse("p2.s1"), "One.")
                                        .withTarget("Одно.", State.FINAL)
                                        .withImport(imported(SHEET_A, 'c')),
                                new SegmentPair(SegmentId.parse("p2.s2"), "Two.")),
                        List.of(" "),
                        List.of());
        Unit none =
                new Unit(
                        "p3",
                        "body",
                        true,
                        List.of(new SegmentPair(SegmentId.parse("p3.s1"), "Three.")),
                        List.of(),
                        List.of());
        return new TranslationDocument(
                "x.en.txt",
                Locale.ENGLISH,
                Locale.forLanguageTag("ru"),
                List.of(both, mixedStates, none));
    }

    private Path write(TranslationDocument document, XliffVersion version, String name)
            throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new XliffWriter(TermRenderings.none())
                    .write(document, XliffFlavour.standard(version), out);
        }
        return file;
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void importsAreValidAndReadBackIdentical(XliffVersion version) throws Exception {
        Path file = write(remembered(), version, "x.en-ru.xlf");
        String xml = Files.readString(file);
        if (version == XliffVersion.V1_2) {
            Xliff12Schema.validate(file);
            assertThat(xml)
                    .contains(
                            "<context context-type=\"x-imported-s1\">"
                                    + SHEET_B
                                    + " "
                                    + "b".repeat(64))
                    .contains(
                            "<context context-type=\"x-imported-s1\">"
                                    + SHEET_A
                                    + " "
                                    + "a".repeat(64));
            assertThat(xml.indexOf(SHEET_B))
                    .as("the latest first")
                    .isLessThan(xml.indexOf(SHEET_A));
            assertThat(xml)
                    .as("p1's segments are all translated: its target's state says so")
                    .doesNotContain("<context context-type=\"x-state-s1\">translated</context>");
        } else {
            Xliff21Schema.validate(file);
            assertThat(xml)
                    .contains("<mda:metaGroup category=\"attache:imported\">")
                    .contains(
                            "<mda:meta type=\"s1\">"
                                    + SHEET_B
                                    + " "
                                    + "b".repeat(64)
                                    + "</mda:meta>");
        }

        assertThat(new XliffReader().read(file)).isEqualTo(remembered());
    }

    @Test
    void importsSurviveAConversionBothWays() throws Exception {
        Path v12 = write(remembered(), XliffVersion.V1_2, "a.xlf");
        Path v21 = write(new XliffReader().read(v12), XliffVersion.V2_1, "b.xlf");
        Path back = write(new XliffReader().read(v21), XliffVersion.V1_2, "c.xlf");

        assertThat(new XliffReader().read(v21)).isEqualTo(remembered());
        assertThat(back).hasSameBinaryContentAs(v12);
    }

    @Test
    void aGroupNamedAsBeforeItWasNamedAfterItsUnitStillReads() throws Exception {
        Path file = write(remembered(), XliffVersion.V1_2, "x.en-ru.xlf");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace("x-attache-segment-states-p2", "x-attache-segment-states"));

        assertThat(new XliffReader().read(file)).isEqualTo(remembered());
    }

    @Test
    void aDocumentWithoutImportsIsWrittenAsBefore() throws Exception {
        TranslationDocument plain = Xliff12RoundTripTest.sample();
        String xml = Files.readString(write(plain, XliffVersion.V1_2, "a.xlf"));
        String xml2 = Files.readString(write(plain, XliffVersion.V2_1, "b.xlf"));

        assertThat(xml).doesNotContain("x-imported");
        assertThat(xml2).doesNotContain("mda:");
    }

    @Test
    void aSegmentRemembersOneImportPerWorksheetTheLatestFirstThreeAtMost() {
        SegmentPair segment =
                new SegmentPair(SegmentId.parse("p1.s1"), "Thank you.")
                        .withImport(imported(SHEET_A, 'a'))
                        .withImport(imported(SHEET_B, 'b'))
                        .withImport(imported("c", 'c'))
                        .withImport(imported(SHEET_A, 'd'));
        assertThat(segment.imports())
                .containsExactly(
                        imported(SHEET_A, 'd'), imported("c", 'c'), imported(SHEET_B, 'b'));

        segment = segment.withImport(imported("e", 'e'));
        assertThat(segment.imports())
                .containsExactly(imported("e", 'e'), imported(SHEET_A, 'd'), imported("c", 'c'));
        assertThat(segment.importOf(SHEET_B)).isEmpty();
        assertThat(segment.withTarget("Спасибо.", State.FINAL).imports())
                .isEqualTo(segment.imports());
        assertThatThrownBy(
                        () ->
                                new SegmentPair(
                                        SegmentId.parse("p1.s1"),
                                        "x",
                                        "",
                                        State.NEW,
                                        List.of(),
                                        List.of(),
                                        TargetOrigin.TYPED,
                                        List.of(imported("a", 'a'), imported("a", 'b'))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void aDamagedImportRecordIsBadInputWithItsUnit(XliffVersion version) throws Exception {
        Path file = write(remembered(), version, "x.en-ru.xlf");
        Files.writeString(
                file, Files.readString(file).replace(SHEET_B + " ", SHEET_B + " not-a-digest "));

        assertThatThrownBy(() -> new XliffReader().read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("unit p1")
                .hasMessageContaining("import record");
    }
}
