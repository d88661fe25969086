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
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code align --tm} on the shipped transcript and each Russian version of it in {@code
 * src/test/resources/align} (a 2:1 and a 1:2 pair, reflowed: hard-wrapped at 76 columns, CRLF with
 * a BOM; and at 64, LF): the aligned XLIFF file and worksheet are written, and a later {@code
 * prepare} of the transcript with that memory gets every sentence as an exact match carrying the
 * professional translation, the title too, but the two of the 2:1 pair (whose memory entry joins
 * them) and the one of the 1:2 pair, whose exact match is the two Russian sentences.
 */
class AlignFlowTest {
    private static final Path ENGLISH = Path.of("transcripts/lavrov-aliyev-2023-02-27.en.txt");
    private static final Path PROFESSIONAL =
            Path.of("src/test/resources/qa/lavrov-aliyev-2023-02-27.ru.tsv");
    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir Path dir;

    /**
     * A Russian version: its file, the ids of the English sentences of its 2:1 pair, the id of the
     * English sentence of its 1:2 pair and where the two Russian sentences of that pair meet.
     */
    record Version(Path russian, List<String> twoToOne, String oneToTwo, String seam) {}

    static Stream<Version> versions() {
        return Stream.of(
                new Version(
                        Path.of("src/test/resources/align/lavrov-aliyev-2023-02-27.ru.txt"),
                        List.of("p8.s1", "p8.s2"),
                        "p7.s2",
                        "мегапроектов. Эти проекты"),
                new Version(
                        Path.of(
                                "src/test/resources/align/lavrov-aliyev-2023-02-27.rewrapped.ru.txt"),
                        List.of("p6.s3", "p6.s4"),
                        "p10.s3",
                        "обстановки. Они должны"));
    }

    @ParameterizedTest
    @MethodSource("versions")
    void alignWithMemoryGivesALaterPrepareItsSentencesAsExactMatches(Version version)
            throws Exception {
        Path tm = dir.resolve("tm");
        var request =
                new AlignFlow.Request(
                        List.of(new AlignFlow.FilePair(ENGLISH, version.russian())),
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
        assertThat(aligned.line()).contains("(1:1 ", "2:1 1, 1:2 1");
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
        List<String> notExact = version.twoToOne();
        assertThat(exact)
                .extracting(s -> s.id().toString())
                .containsExactlyInAnyOrderElementsOf(
                        professional.keySet().stream()
                                .filter(id -> !notExact.contains(id))
                                .toList());
        exact.stream()
                .filter(s -> !s.id().toString().equals(version.oneToTwo()))
                .forEach(
                        s -> assertThat(s.target()).isEqualTo(professional.get(s.id().toString())));
        assertThat(exact)
                .filteredOn(s -> s.id().toString().equals(version.oneToTwo()))
                .singleElement()
                .satisfies(s -> assertThat(s.target()).contains(version.seam()));
    }

    private static Map<String, String> professional() throws Exception {
        return Files.readAllLines(PROFESSIONAL, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t", 2))
                .collect(Collectors.toMap(cells -> cells[0], cells -> cells[1]));
    }
}
