package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.qa.QaCheck;
import dev.attache.qa.SegmentFinding;
import dev.attache.qa.TermFinding;
import dev.attache.xliff.XliffFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The precision of term QA with the shipped glossary, measured on a professional Russian
 * translation of the shipped transcript: it must find nothing there, and every error planted in a
 * copy, each in its own segment.
 */
class TermQaPrecisionTest {
    private static final Path TRANSLATION =
            Path.of("src/test/resources/qa/lavrov-aliyev-2023-02-27.ru.tsv");
    private static final Path PLANTED =
            Path.of("src/test/resources/qa/lavrov-aliyev-2023-02-27.ru-planted.tsv");
    private static final Path HOUSE_STYLE =
            Path.of("src/test/resources/qa/lavrov-aliyev-2023-02-27.ru-house-style.tsv");

    @TempDir Path dir;
    private Path xliff;
    private String described = "";

    @BeforeEach
    void segmentTheShippedTranscript() {
        xliff =
                TranslatedFixture.segment(
                        TranslatedFixture.TRANSCRIPT, "ru", dir.resolve("shipped.en-ru.xlf"));
    }

    @Test
    void findsNothingInAProfessionalTranslation() throws IOException {
        Map<String, String> translation = column(TRANSLATION, 1);
        assertThat(translation).hasSize(27);

        Map<String, String> findings = qa(translation);

        assertThat(findings).as(described).isEmpty();
    }

    /**
     * The same translation in the Russian MFA's house style: persons with initials (С.В.Лаврова,
     * В.В.Путиным) and "Президент России" in running text, with the shipped glossary, which holds
     * the house-style forms of its persons with their sources. It differs from the plain one in the
     * 8 segments that name persons or presidents; all 27 are checked.
     */
    @Test
    void findsNothingInTheHouseStyleOfTheRussianMfa() throws IOException {
        Map<String, String> translation = column(HOUSE_STYLE, 1);
        Map<String, String> plain = column(TRANSLATION, 1);
        assertThat(translation).hasSize(27).containsOnlyKeys(plain.keySet());
        assertThat(
                        translation.keySet().stream()
                                .filter(k -> !translation.get(k).equals(plain.get(k))))
                .hasSize(8);

        Map<String, String> findings = qa(translation);

        assertThat(findings).as(described).isEmpty();
    }

    @Test
    void catchesEveryPlantedErrorInItsOwnSegment() throws IOException {
        Map<String, String> translation = column(TRANSLATION, 1);
        Map<String, String> planted = column(PLANTED, 1);
        translation.putAll(planted);

        Map<String, String> findings = qa(translation);

        assertThat(planted).hasSizeGreaterThanOrEqualTo(8);
        assertThat(findings).as(described).isEqualTo(new TreeMap<>(column(PLANTED, 2)));
    }

    /**
     * Per segment with findings, its findings as "Kind:concept" joined by "; ", and the last
     * findings in full.
     */
    private Map<String, String> qa(Map<String, String> translation) {
        return qa(translation, TranslatedFixture.GLOSSARY);
    }

    private Map<String, String> qa(Map<String, String> translation, Path glossary) {
        TranslationDocument read = XliffFiles.read(xliff);
        TranslationDocument filled =
                read.withUnits(
                        read.units().stream()
                                .map(
                                        u ->
                                                !u.translatable()
                                                        ? u
                                                        : u.withSegments(
                                                                u.segments().stream()
                                                                        .map(
                                                                                s ->
                                                                                        s
                                                                                                .withTarget(
                                                                                                        translation
                                                                                                                .get(
                                                                                                                        s.id().toString()),
                                                                                                        State
                                                                                                                .TRANSLATED))
                                                                        .toList()))
                                .toList());
        XliffFiles.write(filled, xliff, false);
        QaFlow.Result result =
                new QaFlow()
                        .run(
                                List.of(xliff),
                                new GlossaryChoice.FromFile(glossary),
                                Set.of(QaCheck.TERMS))
                        .files()
                        .get(0);
        assertThat(result.checkedSegments()).isEqualTo(27);
        described =
                result.findings().stream()
                        .map(SegmentFinding::describe)
                        .collect(Collectors.joining("\n"));
        return new TreeMap<>(
                result.findings().stream()
                        .collect(
                                Collectors.groupingBy(
                                        f -> f.segment().toString(),
                                        Collectors.mapping(
                                                f ->
                                                        f.finding().getClass().getSimpleName()
                                                                + ":"
                                                                + ((TermFinding) f.finding())
                                                                        .conceptId(),
                                                Collectors.joining("; ")))));
    }

    /**
     * Column {@code index} of a tab-separated fixture, by segment id (column 0); lines starting
     * with # are comments.
     */
    private static Map<String, String> column(Path file, int index) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                List<String> cells = List.of(line.split("\t"));
                values.put(cells.get(0), cells.get(index));
            }
        }
        return values;
    }
}
