package dev.attache.qa.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.SegmentId;
import dev.attache.qa.RealPairs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the consistency check counts as one text, what it leaves out, and what it finds on the real
 * pairs.
 */
class ConsistencyCheckerTest {
    private static final Path FILE = Path.of("x.en-ru.xlf");
    private static final String SOURCE = "Thank you for your hospitality.";

    @TempDir Path dir;

    /**
     * The published pairs, gathered from different outlets (and, since the archive pairs, often the
     * same statement as two or three outlets published it), hold real divergences: an English
     * sentence two outlets rendered two ways, a rendering given for two outlets' English (a quote
     * and its paraphrase); 26 groups since the archive's pairs, the three of the pairs before them
     * among them. The professional Russian of the two transcripts, each one translator's, has none.
     */
    @Test
    void findsTheDivergencesOfTheOutletsAndNoneInTheTranscripts() throws IOException {
        List<RealPairs> pairs = RealPairs.all(dir);
        List<Translation> translations = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            RealPairs pair = pairs.get(i);
            translations.add(
                    new Translation(
                            FILE,
                            new SegmentId("p" + (i + 1), 1),
                            "en-" + pair.lang(),
                            pair.source(),
                            pair.target()));
        }

        List<ConsistencyChecker.Group> groups = new ConsistencyChecker().check(translations);
        System.out.printf(
                "consistency: %d groups among %d real pairs, all among the published ones%n",
                groups.size(), pairs.size());

        assertThat(
                        groups.stream()
                                .map(
                                        g ->
                                                g.first().languages()
                                                        + " "
                                                        + g.finding().kind()
                                                        + ": "
                                                        + g.finding().text().substring(0, 30)))
                .contains(
                        "en-az inconsistent-translation: Mutual trade turnover last yea",
                        "en-ru inconsistent-translation: Russian investments in the Aze",
                        "en-ru shared-translation: Визит Ваш проходит в преддвери");
        assertThat(
                        groups.stream()
                                .flatMap(g -> g.finding().variants().stream())
                                .flatMap(v -> v.places().stream())
                                .map(place -> note(pairs, place)))
                .allMatch(note -> note.startsWith("http"));
        assertThat(
                        translations.stream()
                                .filter(t -> !ConsistencyChecker.isLongEnough(t.source()))
                                .count())
                .as("pairs too short to compare of " + pairs.size())
                .isEqualTo(2);
    }

    private static String note(List<RealPairs> pairs, String place) {
        return pairs.get(Integer.parseInt(place.substring(1, place.indexOf('.'))) - 1).note();
    }

    @Test
    void spacingAndCapitalsAloneAreNotAnotherTranslation() {
        List<ConsistencyChecker.Group> groups =
                new ConsistencyChecker()
                        .check(
                                List.of(
                                        translation(
                                                1, "en-ru", SOURCE, "Спасибо за гостеприимство."),
                                        translation(
                                                2,
                                                "en-ru",
                                                " thank  you for your\u00A0hospitality. ",
                                                "спасибо за  Гостеприимство.")));

        assertThat(groups).isEmpty();
    }

    @Test
    void reportsOneSourceTranslatedTwoWaysOnceAtItsFirstSegment() {
        List<ConsistencyChecker.Group> groups =
                new ConsistencyChecker()
                        .check(
                                List.of(
                                        translation(
                                                4, "en-ru", SOURCE, "Спасибо за гостеприимство."),
                                        translation(
                                                9, "en-ru", SOURCE, "Спасибо за гостеприимство."),
                                        translation(
                                                12,
                                                "en-ru",
                                                SOURCE,
                                                "Благодарю вас за гостеприимство.")));

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).first().segment().toString()).isEqualTo("p4.s1");
        assertThat(groups.get(0).finding().message())
                .isEqualTo(
                        "\"Thank you for your hospitality.\" is translated 2 "
                                + "ways: \"Спасибо за гостеприимство.\" (p4.s1, p9.s1), \"Благодарю вас за гостеприимство.\" (p12.s1)");
    }

    @Test
    void leavesOutShortSourcesAndKeepsLanguagePairsApart() {
        List<ConsistencyChecker.Group> groups =
                new ConsistencyChecker()
                        .check(
                                List.of(
                                        translation(1, "en-ru", "Thank you.", "Спасибо."),
                                        translation(2, "en-ru", "Thank you.", "Благодарю."),
                                        translation(
                                                3, "en-ru", SOURCE, "Спасибо за гостеприимство."),
                                        translation(
                                                4,
                                                "en-az",
                                                SOURCE,
                                                "Qonaqpərvərliyə görə təşəkkür edirəm.")));

        assertThat(groups).isEmpty();
    }

    private static Translation translation(
            int unit, String languages, String source, String target) {
        return new Translation(FILE, new SegmentId("p" + unit, 1), languages, source, target);
    }
}
