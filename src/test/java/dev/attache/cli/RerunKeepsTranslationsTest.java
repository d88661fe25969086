package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.flow.TranslatedFixture;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: {@code segment} (and so {@code prepare}) over an XLIFF file that holds translations,
 * with a {@code .bak} there already, loses no translation: an unchanged source keeps its target, a
 * changed one leaves its translation in a note, the replaced file becomes the {@code .bak}, and
 * what happened is printed.
 */
class RerunKeepsTranslationsTest {
    @TempDir Path dir;

    @Test
    void segmentOverATranslatedXliffWithABakThereKeepsEveryTranslation() throws Exception {
        Path transcript =
                TranslatedFixture.newTranscript(
                        dir,
                        "Talks in Oslo\n\nThe ministers met in Oslo. They "
                                + "signed the memorandum.\n\nThe sides agreed to continue consultations.\n");
        Path xliff = dir.resolve("oslo.en-ru.xlf");
        CliRun first =
                CliRun.of(
                        "segment",
                        transcript.toString(),
                        "-t",
                        "ru",
                        "-o",
                        xliff.toString(),
                        "--no-tm",
                        "--no-glossary");
        assertThat(first.exitCode()).as(first.err()).isZero();
        TranslationDocument translated = TranslatedFixture.fill(xliff, State.TRANSLATED);
        List<String> translations =
                translated.units().stream()
                        .flatMap(u -> u.segments().stream())
                        .map(s -> s.target())
                        .filter(t -> !t.isEmpty())
                        .toList();
        assertThat(translations).hasSize(4);
        byte[] before = Files.readAllBytes(xliff);
        Files.writeString(
                dir.resolve("oslo.en-ru.xlf.bak"), "an older backup", StandardCharsets.UTF_8);

        CliRun same =
                CliRun.of(
                        "segment",
                        transcript.toString(),
                        "-t",
                        "ru",
                        "-o",
                        xliff.toString(),
                        "--no-tm",
                        "--no-glossary");
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.err())
                .contains("unchanged " + xliff)
                .contains("kept 4 earlier translations");
        assertThat(Files.readAllBytes(xliff)).isEqualTo(before);
        assertThat(Files.readString(dir.resolve("oslo.en-ru.xlf.bak")))
                .isEqualTo("an older backup");

        Files.writeString(
                transcript,
                Files.readString(transcript)
                        .replace("signed the memorandum", "signed the joint memorandum"),
                StandardCharsets.UTF_8);
        CliRun changed =
                CliRun.of(
                        "segment",
                        transcript.toString(),
                        "-t",
                        "ru",
                        "-o",
                        xliff.toString(),
                        "--no-tm",
                        "--no-glossary");
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(changed.err())
                .contains("wrote " + xliff)
                .contains("kept 3 earlier translations");
        assertThat(changed.err())
                .contains(
                        "1 earlier translations were left behind because their source changed; "
                                + "the previous file is oslo.en-ru.xlf.bak");
        String now = Files.readString(xliff, StandardCharsets.UTF_8);
        assertThat(translations).allSatisfy(t -> assertThat(now).contains(escaped(t)));
        assertThat(Files.readAllBytes(dir.resolve("oslo.en-ru.xlf.bak"))).isEqualTo(before);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void segmentAgainAfterAnImportKeepsWhatTheImportRemembersSoTheSheetStillImportsAgain()
            throws Exception {
        ExportedWorksheet sheet = ExportedWorksheet.in(dir);
        Path xliff = sheet.xliff();
        sheet.type("p4.s1", ExportedWorksheet.TARGET, "Господин Алиев,");
        assertThat(
                        CliRun.of(
                                        "import",
                                        sheet.worksheet().toString(),
                                        "--xliff",
                                        xliff.toString(),
                                        "--no-tm")
                                .exitCode())
                .isZero();
        String imported = Files.readString(xliff);

        CliRun again =
                CliRun.of(
                        "segment",
                        SegmentCommandTest.SHIPPED.toString(),
                        "-t",
                        "ru",
                        "-o",
                        xliff.toString());
        String segmentedAgain = Files.readString(xliff);
        sheet.type("p4.s1", ExportedWorksheet.TARGET, "Уважаемый господин Алиев,");
        CliRun reimport =
                CliRun.of(
                        "import",
                        sheet.worksheet().toString(),
                        "--xliff",
                        xliff.toString(),
                        "--no-tm");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("unchanged " + xliff);
        assertThat(segmentedAgain).as("the import's record is carried").isEqualTo(imported);
        assertThat(reimport.exitCode()).as(reimport.err()).isZero();
        assertThat(reimport.err()).contains("applied 1, unchanged 0");
    }
}
