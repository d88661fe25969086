package dev.attache.segment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import dev.attache.transcript.Paragraph;
import dev.attache.transcript.ParagraphKind;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.transcript.TranscriptReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class SrxSegmenterTest {
    private static final SrxSegmenter ENGLISH = SrxSegmenter.english();
    private static final Path SHIPPED = Path.of("transcripts/lavrov-aliyev-2023-02-27.en.txt");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(
            resources = "segmentation-cases.tsv",
            delimiter = '\t',
            quoteCharacter = '\u0001')
    void cutsTrickySentencesRight(String name, String expected) {
        List<String> segments = Arrays.asList(expected.split(" ‖ "));
        String paragraph = String.join(" ", segments);

        SegmentedText result = ENGLISH.segment(paragraph);

        assertThat(result.segments()).as(name).containsExactlyElementsOf(segments);
        assertThat(result.separators()).allMatch(" "::equals);
        assertThat(result.text()).isEqualTo(paragraph);
    }

    @Test
    void everySentenceOfTheShippedTranscriptIsASegment() {
        List<Paragraph> body =
                new TranscriptReader()
                        .read(SHIPPED, TranscriptOptions.defaults())
                        .ofKind(ParagraphKind.BODY);

        List<Integer> counts =
                body.stream().map(p -> ENGLISH.segment(p.text()).segments().size()).toList();

        assertThat(counts).containsExactly(2, 5, 4, 6, 2, 3, 2);
        assertThat(ENGLISH.segment(body.get(0).text()).segments())
                .containsExactly(
                        "First of all, I would like to convey the warmest greetings and friendly wishes from President of"
                                + " the Russian Federation Vladimir Putin.",
                        "He personally devotes close attention to developing our allied interaction.");
    }

    @Test
    void theShippedTranscriptIsRebuiltByteForByte() {
        for (Paragraph paragraph :
                new TranscriptReader().read(SHIPPED, TranscriptOptions.defaults()).paragraphs()) {
            assertThat(ENGLISH.segment(paragraph.text()).text()).isEqualTo(paragraph.text());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "First.  Second.\tThird.",
                "  Leading space. And trailing space.  ",
                "One.\u2003Two.\u3000Three.",
                "Only one sentence",
                "Ends. \t ",
                "   ",
                "",
                "Mr.\u00A0Smith came.  \u00A0He left.",
            })
    void whitespaceIsKeptSoTheParagraphIsRebuiltByteForByte(String paragraph) {
        SegmentedText result = ENGLISH.segment(paragraph);

        assertThat(result.text()).isEqualTo(paragraph);
        assertThat(result.separators()).allMatch(String::isBlank);
    }

    @Test
    void separatorsAreTheWhitespaceBetweenSentences() {
        SegmentedText result = ENGLISH.segment("First.  Second.\tThird.");

        assertThat(result.segments()).containsExactly("First.", "Second.", "Third.");
        assertThat(result.separators()).containsExactly("  ", "\t");
    }

    @Test
    void aNoBreakSpaceNeverSeparatesSentences() {
        assertThat(ENGLISH.segment("It ended.\u00A0Then we left.").segments())
                .containsExactly("It ended.\u00A0Then we left.");
    }

    @Test
    void okapiInlineCodeCharactersNeitherBreakNorLeak() {
        String paragraph = "A private \uE101 mark. The \uE103 next one.";

        SegmentedText result = ENGLISH.segment(paragraph);

        assertThat(result.segments())
                .containsExactly("A private \uE101 mark.", "The \uE103 next one.");
        assertThat(ENGLISH.segment("Plain text. More text.").segments())
                .noneMatch(s -> s.chars().anyMatch(c -> c >= 0xE101 && c <= 0xE104));
    }

    @Test
    void anotherRulesFileCanBeUsed(@TempDir Path dir) throws Exception {
        Path srx = dir.resolve("colon.srx");
        Files.writeString(srx, rulesBreakingAfter(":"), UTF_8);

        SegmentedText result = SrxSegmenter.fromFile(srx).segment("One: two: three");

        assertThat(result.segments()).containsExactly("One:", "two:", "three");
        assertThat(result.separators()).containsExactly(" ", " ");
    }

    @Test
    void okapisDefaultRulesFileLoads() throws Exception {
        Path okapiDefault =
                Path.of(
                        getClass()
                                .getResource("/schemas/srx/okapi-defaultSegmentation.srx")
                                .toURI());

        assertThat(
                        SrxSegmenter.fromFile(okapiDefault)
                                .segment("Mr. Holmes is here. Dr. Watson is not.")
                                .segments())
                .containsExactly("Mr. Holmes is here.", "Dr. Watson is not.");
    }

    @Test
    void aMissingRulesFileIsBadInput(@TempDir Path dir) {
        Path missing = dir.resolve("missing.srx");

        assertThatThrownBy(() -> SrxSegmenter.fromFile(missing))
                .isInstanceOf(BadInputException.class)
                .hasMessage(missing + ": no such SRX file");
    }

    @Test
    void aDirectoryIsNotARulesFile(@TempDir Path dir) {
        assertThatThrownBy(() -> SrxSegmenter.fromFile(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessage(dir + ": is a directory, not an SRX file");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not xml at all",
                "<srx xmlns='http://www.lisa.org/srx20' version='2.0'><header",
                "<?xml version='1.0'?><!DOCTYPE srx [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><srx>&x;</srx>",
                "<xliff version='1.2'/>",
            })
    void aFileThatIsNotSrxIsBadInput(String content, @TempDir Path dir) throws Exception {
        Path srx = dir.resolve("rules.srx");
        Files.writeString(srx, content, UTF_8);

        assertThatThrownBy(() -> SrxSegmenter.fromFile(srx))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(srx + ":")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aRulesFileWithoutEnglishIsBadInput(@TempDir Path dir) throws Exception {
        Path srx = dir.resolve("german.srx");
        Files.writeString(srx, rulesBreakingAfter(":").replace("[Ee][Nn].*", "[Dd][Ee].*"), UTF_8);

        assertThatThrownBy(() -> SrxSegmenter.fromFile(srx))
                .isInstanceOf(BadInputException.class)
                .hasMessage(srx + ": has no language rules for English ('en')");
    }

    @Test
    void aRuleThatIsNotARegularExpressionIsBadInput(@TempDir Path dir) throws Exception {
        Path srx = dir.resolve("broken.srx");
        Files.writeString(srx, rulesBreakingAfter("[unclosed"), UTF_8);

        assertThatThrownBy(() -> SrxSegmenter.fromFile(srx))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(
                        srx + ": has a rule that is not a valid regular expression");
    }

    private static String rulesBreakingAfter(String before) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <srx xmlns="http://www.lisa.org/srx20" version="2.0">
                  <header segmentsubflows="yes" cascade="no"/>
                  <body>
                    <languagerules>
                      <languagerule languagerulename="Test">
                        <rule break="yes"><beforebreak>%s</beforebreak><afterbreak>\\s</afterbreak></rule>
                      </languagerule>
                    </languagerules>
                    <maprules><languagemap languagepattern="[Ee][Nn].*" languagerulename="Test"/></maprules>
                  </body>
                </srx>
                """
                .formatted(before);
    }
}
