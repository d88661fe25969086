package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.transcript.TranscriptOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flows report their steps to a {@link WorkListener}: every step they announce is done, and the
 * task is closed.
 */
class FlowProgressTest {
    @TempDir Path dir;

    /**
     * Records what a flow reports, as lines: {@code start prepare 5}, {@code advance 1}, {@code
     * close}.
     */
    private static final class Recorder implements WorkListener {
        final List<String> events = new ArrayList<>();

        @Override
        public Task start(String task, long total) {
            events.add("start " + task + " " + total);
            return new Task() {
                @Override
                public void advance(long steps) {
                    events.add("advance " + steps);
                }

                @Override
                public void close() {
                    events.add("close");
                }
            };
        }

        long advanced() {
            return events.stream()
                    .filter(e -> e.startsWith("advance "))
                    .mapToLong(e -> Long.parseLong(e.substring(8)))
                    .sum();
        }
    }

    private SegmentFlow.Request segment(String langs) {
        return new SegmentFlow.Request(
                ShippedTranscriptTest.TRANSCRIPT,
                List.of(langs.split(",")).stream().map(Locale::forLanguageTag).toList(),
                Optional.empty(),
                dir.resolve("xliff"),
                TranscriptOptions.defaults(),
                Optional.empty(),
                false,
                new GlossaryChoice.FromFile(Path.of("glossary/diplomatic-terms.tbx")));
    }

    @Test
    void prepareCountsOneStepPerTranscriptAndTwoPerLanguage() {
        var recorder = new Recorder();

        new PrepareFlow(recorder)
                .run(
                        new PrepareFlow.Request(
                                List.of(segment("ru,az")),
                                dir.resolve("worksheets"),
                                Optional.empty(),
                                false));

        assertThat(recorder.events).first().isEqualTo("start prepare 5");
        assertThat(recorder.advanced()).isEqualTo(5);
        assertThat(recorder.events).last().isEqualTo("close");
    }

    @Test
    void segmentAndExportDoEveryStepTheyAnnounce() {
        var segmenting = new Recorder();
        var exporting = new Recorder();

        new SegmentFlow(segmenting).run(segment("ru"));
        Path xliff = dir.resolve("xliff").resolve("lavrov-aliyev-2023-02-27.en-ru.xlf");
        new ExportFlow(exporting)
                .run(
                        new ExportFlow.Request(
                                xliff,
                                dir.resolve("x.xlsx"),
                                Optional.empty(),
                                Optional.empty(),
                                false));

        assertThat(segmenting.events)
                .containsExactly("start segment 2", "advance 1", "advance 1", "close");
        assertThat(exporting.events)
                .containsExactly("start export 3", "advance 1", "advance 1", "advance 1", "close");
    }

    @Test
    void aFailingFlowClosesItsTask() {
        var recorder = new Recorder();
        var missing =
                new SegmentFlow.Request(
                        dir.resolve("missing.en.txt"),
                        List.of(Locale.forLanguageTag("ru")),
                        Optional.empty(),
                        dir.resolve("xliff"),
                        TranscriptOptions.defaults(),
                        Optional.empty(),
                        false,
                        new GlossaryChoice.FromFile(Path.of("glossary/diplomatic-terms.tbx")));

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new SegmentFlow(recorder).run(missing));

        assertThat(recorder.events).containsExactly("start segment 2", "close");
    }
}
