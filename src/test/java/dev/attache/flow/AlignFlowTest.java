package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TargetOrigin;
import dev.attache.model.TranslationDocument;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.xliff.XliffFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code align --tm} on the shipped transcript and a Russian version of it (a 2:1 and a 1:2 pair,
 * reflowed, CRLF with a BOM): the aligned XLIFF file and worksheet are written, every 1:1 pair is
 * confident, and a later {@code prepare} of the transcript with that memory gets every sentence as
 * an exact match carrying the professional translation, but the two of the 2:1 pair (whose memory
 * entry joins them) and the one of the 1:2 pair, whose exact match is the two Russian sentences.
 */
class AlignFlowTest {
    private static final Path ENGLISH = Path.of("transcripts/lavrov-aliyev-2023-02-27.en.txt");
    private static final Path RUSSIAN =
            Path.of("src/test/resources/align/lavrov-aliyev-2023-02-27.ru.txt");
    private static final Path PROFESSIONAL =
            Path.of("src/test/resources/qa/lavrov-aliyev-2023-02-27.ru.tsv");
    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir Path dir;

    @Test
    void alignWithMemoryGivesALaterPrepareItsSentencesAsExactMatches() throws Exception {
        Path tm = dir.resolve("tm");
        var request =
                new AlignFlow.Request(
                        List.of(new AlignFlow.FilePair(ENGLISH, RUSSIAN)),
                        RU,
                        Optional.empty(),
                        dir.resolve("xliff"),
                        dir.resolve("worksheets"),
                        new GlossaryChoice.Default(Path.of("")),
                        Optional.of(tm),
                        TranscriptOptions.defaults(),
                        false);
        AlignFlow.Result result = new AlignFlow().run(request);

        AlignFlow.Aligned aligned = result.aligned().get(0);
        assertThat(aligned.xliff())
                .hasFileName("lavrov-aliyev-2023-02-27.en-ru.aligned.xlf")
                .exists();
        assertThat(aligned.worksheet())
                .hasFileName("lavrov-aliyev-2023-02-27.en-ru.aligned.xlsx")
                .exists();
        assertThat(aligned.line())
                .contains("(1:1 ", "2:1 1, 1:2 2"); // the title's broken last line: see
        // ShippedTranscriptAlignmentTest
        TranslationDocument written = XliffFiles.read(aligned.xliff());
        assertThat(
                        written.translatableSegments()
                                .filter(s -> s.state() == State.TRANSLATED)
                                .count())
                .isEqualTo(aligned.alignment().confident() - aligned.qaDemoted());
        assertThat(result.memory().orElseThrow().summary().added()).isGreaterThanOrEqualTo(25);

        var prepare =
                new SegmentFlow.Request(
                        ENGLISH,
                        List.of(RU),
                        Optional.of(dir.resolve("later.xlf")),
                        dir,
                        TranscriptOptions.defaults(),
                        Optional.empty(),
                        false,
                        new GlossaryChoice.Default(Path.of("")),
                        XliffChoice.unchanged(),
                        new MemoryChoice.Named(tm));
        TranslationDocument later = new SegmentFlow().run(prepare).written().get(0).document();
        Map<String, String> professional = professional();
        List<SegmentPair> exact =
                later.translatableSegments()
                        .filter(s -> s.origin() == TargetOrigin.EXACT_MATCH)
                        .toList();
        // the 2:1 pair, and the title, whose Russian first line now stands apart (a doubtful pair,
        // kept out)
        List<String> notExact = List.of("p8.s1", "p8.s2", "p1.s1");
        assertThat(exact)
                .extracting(s -> s.id().toString())
                .containsExactlyInAnyOrderElementsOf(
                        professional.keySet().stream()
                                .filter(id -> !notExact.contains(id))
                                .toList());
        exact.stream()
                .filter(s -> !s.id().toString().equals("p7.s2"))
                .forEach(
                        s -> assertThat(s.target()).isEqualTo(professional.get(s.id().toString())));
        assertThat(exact)
                .filteredOn(s -> s.id().toString().equals("p7.s2"))
                .singleElement()
                .satisfies(s -> assertThat(s.target()).contains("мегапроектов. Эти проекты"));
    }

    private static Map<String, String> professional() throws Exception {
        return Files.readAllLines(PROFESSIONAL, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t", 2))
                .collect(Collectors.toMap(cells -> cells[0], cells -> cells[1]));
    }
}
