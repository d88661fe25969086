package dev.attache.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.InstalledApplication;
import dev.attache.OmegaTProject;
import dev.attache.flow.MergeFlow;
import dev.attache.flow.TmxFlow;
import dev.attache.flow.TranslatedFixture;
import dev.attache.flow.XliffChoice;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.xliff.XliffFiles;
import dev.attache.xliff.XliffVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translator who works in OmegaT, the open-source CAT tool: the shipped transcript's XLIFF,
 * written with {@code --copy-source}, goes into an OmegaT project whose {@code tm/auto} holds a TMX
 * of its translations; OmegaT's console mode translates it from that memory; the file it writes is
 * read, every sentence is translated, and merge gives the translated transcript. Skipped loudly
 * without OmegaT; a failure under {@code ATTACHE_REQUIRE_APPS=1}.
 */
class OmegaTRoundTripTest {
    @TempDir Path dir;

    @Test
    void omegatTranslatesTheCopiedSourcesFromItsMemoryAndMergeDeliversThem() throws Exception {
        InstalledApplication omegat = InstalledApplication.require("omegat", "omegat");
        OmegaTProject project = OmegaTProject.in(dir);
        String name = "lavrov-aliyev-2023-02-27.en-ru.xlf";
        Path translated =
                TranslatedFixture.segment(TranslatedFixture.TRANSCRIPT, "ru", dir.resolve(name));
        TranslationDocument expected = TranslatedFixture.fill(translated, State.TRANSLATED);
        new TmxFlow()
                .run(
                        new TmxFlow.Request(
                                List.of(translated),
                                project.memory(),
                                DoneSegments.TRANSLATED,
                                false),
                        "test");
        TranslatedFixture.segment(
                TranslatedFixture.TRANSCRIPT,
                "ru",
                project.source(name),
                new XliffChoice(Optional.of(XliffVersion.V1_2), true));

        project.translate(omegat, dir);

        Path fromOmegat = project.target(name);
        assertThat(Files.readString(fromOmegat)).contains("state=\"new\"");
        TranslationDocument read = XliffFiles.read(fromOmegat);
        assertThat(read.translatableSegments().map(SegmentPair::state))
                .hasSize(27)
                .containsOnly(State.TRANSLATED);
        assertThat(read.translatableSegments().map(SegmentPair::target))
                .containsExactlyElementsOf(
                        expected.translatableSegments().map(SegmentPair::target).toList());
        Path merged = dir.resolve("lavrov-aliyev-2023-02-27.ru.txt");
        MergeFlow.Result result =
                new MergeFlow()
                        .run(
                                new MergeFlow.Request(
                                        fromOmegat,
                                        Optional.of(merged),
                                        Optional.of(TranslatedFixture.TRANSCRIPT),
                                        dir,
                                        DoneSegments.TRANSLATED,
                                        false,
                                        false,
                                        false));
        assertThat(result.notDone()).isEmpty();
        assertThat(Files.readString(merged).lines())
                .hasSize(11)
                .contains("359-27-02-2023")
                .contains(expected.unit("p5").orElseThrow().target());
    }
}
