package dev.attache.flow;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.InstalledApplication;
import dev.attache.OmegaTProject;
import dev.attache.deliver.DoneSegments;
import dev.attache.model.SegmentPair;
import dev.attache.model.Speaker;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.xliff.XliffFiles;
import dev.attache.xliff.XliffVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Q&A fixture through OmegaT (issue 10): the speaker label, a {@code <ph ctype="x-speaker">}
 * outside the segments, is a tag OmegaT keeps as it is; OmegaT translates the copied sources from
 * its memory, the file it writes reads back with every speaker and its rendering, and merge gives
 * the golden translation. Skipped loudly without OmegaT; a failure under {@code
 * ATTACHE_REQUIRE_APPS=1}.
 */
class OmegaTSpeakerTurnsTest {
    @TempDir Path dir;

    @Test
    void omegatKeepsTheSpeakerLabelsAndMergeDeliversTheTurns() throws Exception {
        InstalledApplication omegat = InstalledApplication.require("omegat", "omegat");
        OmegaTProject project = OmegaTProject.in(dir);
        String name = SpeakerTurnsCaseTest.NAME + ".en-ru.xlf";
        Path transcript =
                Files.copy(
                        SpeakerTurnsCaseTest.CASE.resolve(SpeakerTurnsCaseTest.NAME + ".en.txt"),
                        dir.resolve(SpeakerTurnsCaseTest.NAME + ".en.txt"));
        Path translatedXliff = TranslatedFixture.segment(transcript, "ru", dir.resolve(name));
        TranslationDocument expected =
                SpeakerTurnsCaseTest.translated(XliffFiles.read(translatedXliff));
        XliffFiles.write(expected, translatedXliff, false);
        new TmxFlow()
                .run(
                        new TmxFlow.Request(
                                List.of(translatedXliff),
                                project.memory(),
                                DoneSegments.TRANSLATED,
                                false),
                        "test");
        TranslatedFixture.segment(
                transcript,
                "ru",
                project.source(name),
                new XliffChoice(Optional.of(XliffVersion.V1_2), true));

        project.translate(omegat, dir);

        Path fromOmegat = project.target(name);
        assertThat(Files.readString(fromOmegat, UTF_8))
                .contains(
                        "<ph id=\"1\" ctype=\"x-speaker\" equiv-text=\"С.В.Лавров: \">С.В.Лавров: </ph>");
        TranslationDocument read = XliffFiles.read(fromOmegat);
        assertThat(read.units().stream().map(Unit::speaker).toList())
                .isEqualTo(expected.units().stream().map(Unit::speaker).toList());
        assertThat(read.unit("p5").flatMap(Unit::speaker))
                .contains(new Speaker("Sergey Lavrov", "С.В.Лавров"));
        assertThat(read.translatableSegments().map(SegmentPair::target))
                .containsExactlyElementsOf(
                        expected.translatableSegments().map(SegmentPair::target).toList());
        Path merged = dir.resolve("merged.ru.txt");
        MergeFlow.Result result =
                new MergeFlow()
                        .run(
                                new MergeFlow.Request(
                                        fromOmegat,
                                        Optional.of(merged),
                                        Optional.of(transcript),
                                        dir,
                                        DoneSegments.TRANSLATED,
                                        false,
                                        false,
                                        false));
        assertThat(result.notDone()).isEmpty();
        assertThat(Files.readString(merged, UTF_8))
                .isEqualTo(
                        Files.readString(
                                SpeakerTurnsCaseTest.CASE.resolve("merged.ru.txt"), UTF_8));
    }
}
