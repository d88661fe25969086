package dev.attache.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.glossary.Glossary;
import dev.attache.glossary.GlossaryFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped transcript against two Russian versions made from the professional translation
 * ({@code src/test/resources/align/}, each with its hand-made gold): {@code
 * lavrov-aliyev-2023-02-27.ru.txt} with one 2:1 (p8.s1–s2) and one 1:2 (p7.s2), cut into other
 * paragraphs, hard-wrapped at 76 columns, CRLF with a BOM, the web page's footer only in English;
 * {@code lavrov-aliyev-2023-02-27.rewrapped.ru.txt} with its 2:1 (p6.s3–s4) and 1:2 (p10.s3)
 * elsewhere, other paragraphs, wrapped at 64 columns, LF without a BOM. Each aligns with pair F1 of
 * 0.98 or more, its 2:1 and 1:2 found; so does the same text wrapped at other widths or not at all,
 * with neighbouring paragraphs joined or not, blank lines between paragraphs (or one paragraph a
 * line without them), CRLF with a BOM. The anchored aligner reached 1.000 on all of them when the
 * file-wide hard-wrap rule came in (December 2026); Okapi alone 0.952 on the first.
 */
class ShippedTranscriptAlignmentTest {
    private static final Path ENGLISH = Path.of("transcripts/lavrov-aliyev-2023-02-27.en.txt");
    private static final Path FOLDER = Path.of("src/test/resources/align");
    private static final String[] VERSIONS = {
        "lavrov-aliyev-2023-02-27", "lavrov-aliyev-2023-02-27.rewrapped"
    };
    private static final Glossary GLOSSARY = new GlossaryFiles().loadBuiltIn().glossary();

    /** The title, the dateline, the document number and the salutation: never joined. */
    private static final int HEAD = 4;

    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n[ \\t]*\\r?\\n");

    @ParameterizedTest
    @MethodSource("versions")
    void aReflowedRussianVersionAlignsWithItsGold(String version) {
        GoldAlignment gold = gold(version);
        List<AlignedPair> pairs = aligned(FOLDER.resolve(version + ".ru.txt"));
        GoldAlignment.Score score = gold.score(pairs);
        GoldAlignment.Score okapi =
                gold.score(
                        SentenceAlignment.okapiBaseline("en", "ru")
                                .align(
                                        ArchivePairs.sentences(ENGLISH, "ru"),
                                        ArchivePairs.sentences(
                                                FOLDER.resolve(version + ".ru.txt"), "ru"))
                                .pairs());
        System.out.println(version + ", Okapi alone: " + okapi.line());
        System.out.println(version + ", anchored:    " + score.line());
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.98);
        assertThat(pairs).filteredOn(p -> p.shape().equals("2:1")).hasSize(1);
        assertThat(pairs).filteredOn(p -> p.shape().equals("1:2")).hasSize(1);
    }

    static Stream<String> versions() {
        return Stream.of(VERSIONS);
    }

    static Stream<Arguments> reflows() {
        List<Arguments> reflows = new ArrayList<>();
        for (String version : VERSIONS) {
            for (int width : new int[] {0, 60, 70, 80, 90}) {
                for (boolean joined : new boolean[] {false, true}) {
                    reflows.add(Arguments.of(version, width, joined, "\r\n\r\n"));
                }
            }
            reflows.add(Arguments.of(version, 0, false, "\r\n"));
        }
        return reflows.stream();
    }

    /**
     * The version's paragraphs, neighbouring body paragraphs joined two by two or not, each (the
     * title too) wrapped at {@code width} columns (0: one line each), {@code between} them (a blank
     * line, or none for paragraphs of one line), CRLF with a BOM.
     */
    @ParameterizedTest(name = "{0} wrapped at {1}, paragraphs joined {2}, blank lines {3}")
    @MethodSource("reflows")
    void theSameTextReflowedOtherwiseAlignsAsWell(
            String version, int width, boolean joined, String between, @TempDir Path dir)
            throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (String block :
                BLANK_LINE.split(
                        Files.readString(FOLDER.resolve(version + ".ru.txt"))
                                .replace("\uFEFF", "")
                                .strip())) {
            paragraphs.add(block.strip().replaceAll("\\s*\\R\\s*", " "));
        }
        List<String> reflowed = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            boolean joinNext =
                    joined && i >= HEAD && (i - HEAD) % 2 == 0 && i + 1 < paragraphs.size();
            reflowed.add(
                    wrapped(
                            joinNext
                                    ? paragraphs.get(i) + " " + paragraphs.get(++i)
                                    : paragraphs.get(i),
                            width));
        }
        Path file = dir.resolve("lavrov-aliyev-2023-02-27.ru.txt");
        Files.writeString(
                file, "\uFEFF" + String.join(between, reflowed) + "\r\n", StandardCharsets.UTF_8);

        List<AlignedPair> pairs = aligned(file);
        GoldAlignment.Score score = gold(version).score(pairs);

        assertThat(score.f1())
                .as("%s, wrong pairs: %s", score.line(), gold(version).misses(pairs))
                .isGreaterThanOrEqualTo(0.98);
    }

    private static List<AlignedPair> aligned(Path russian) {
        return SentenceAlignment.anchored("en", "ru", GLOSSARY)
                .align(ArchivePairs.sentences(ENGLISH, "ru"), ArchivePairs.sentences(russian, "ru"))
                .pairs();
    }

    private static GoldAlignment gold(String version) {
        return GoldAlignment.read(FOLDER.resolve(version + ".align.tsv"));
    }

    /** Words filled into lines of at most {@code width} characters (CRLF between), or one line. */
    private static String wrapped(String paragraph, int width) {
        if (width == 0) {
            return paragraph;
        }
        StringBuilder text = new StringBuilder();
        int lineLength = 0;
        for (String word : paragraph.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                text.append("\r\n");
                lineLength = 0;
            } else if (lineLength > 0) {
                text.append(' ');
                lineLength++;
            }
            text.append(word);
            lineLength += word.length();
        }
        return text.toString();
    }
}
