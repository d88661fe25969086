package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the matcher knows of the field: spelling variants, parts of speech, generic words and
 * institutions; with the test glossary {@code field-terms.tbx} (its English terms spelt as in the
 * shipped glossary), under both verb finders.
 */
class TermMatcherFieldTest {
    static final Path FILE = Path.of("src/test/resources/glossary/field-terms.tbx");
    static final Glossary GLOSSARY = read(FILE);
    private static final TermMatcher CUES = new TermMatcher(GLOSSARY, "en");
    private static final TermMatcher OPENNLP = new TermMatcher(GLOSSARY, "en", new OpenNlpVerbs());

    static Glossary read(Path file) {
        try {
            return new TbxReader().read(file, Files.readAllBytes(file)).glossary();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Expected hits as "concept=matched text", by start then longest first, joined by "; ". */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            emptyValue = "",
            textBlock =
                    """
        the Organisation for Security and Co-operation in Europe | c-osce=Organisation for Security and Co-operation in Europe
        the Organization for Security and Cooperation in Europe | c-osce=Organization for Security and Cooperation in Europe
        the ORGANISATION FOR SECURITY AND CO-OPERATION IN EUROPE | c-osce=ORGANISATION FOR SECURITY AND CO-OPERATION IN EUROPE
        economic co-operation grew | c-economic-cooperation=economic co-operation
        economic co‑operation (non-breaking hyphen) | c-economic-cooperation=economic co‑operation
        economic co operation |
        defence co-operation | c-defense-cooperation=defence co-operation
        a political dialogue | c-dialogue=political dialogue
        They hold political dialogues. | c-dialogue=political dialogues
        the World Trade Centre | c-trade-center=World Trade Centre
        good-neighbourliness | c-good-neighborliness=good-neighbourliness
        good neighbourliness | c-good-neighborliness=good neighbourliness
        two mega-projects | c-megaproject=mega-projects
        Russia’s chairmanship | c-chair-rotation=Russia’s chairmanship
        Russia‘s chairmanship | c-chair-rotation=Russia‘s chairmanship
        Russia's chairmanship | c-chair-rotation=Russia's chairmanship
        the talks were held in Baku | c-talks=talks
        after talks with Mr Bayramov | c-talks=talks
        I had the opportunity to talk with colleagues |
        We talked about the settlement |
        we talk regularly |
        while talking to the press |
        he talks to everyone |
        during the visit to Moscow | c-visit=visit
        his visits to Baku | c-visit=visits
        Lavrov visited Baku |
        he will visit Baku |
        an invitation to visit Azerbaijan |
        we also plan to visit Baku |
        he visits Baku often |
        what will President Aliyev say | c-president=President
        while visiting Baku |
        a visitor to Baku |
        the parliaments will ratify the treaty | c-ratify=ratify
        the treaty was ratified | c-ratify=ratified
        President Aliyev received him | c-president=President
        the Presidents of the two countries | c-president-generic=Presidents
        the President of Russia said | c-president-russia=President of Russia; c-president=President
        the Presidents of Russia and Azerbaijan | c-president-generic=Presidents
        presidents of Russia and Azerbaijan | c-president-generic=presidents
        our presidents agreed | c-president-generic=presidents
        Presidents agree often | c-president-generic=Presidents
        the Government of Azerbaijan | c-government=Government
        the two governments | c-government-generic=governments
        signed by the presidents of the CIS | c-president-generic=presidents; c-cis=CIS
        the Commonwealth of Independent States | c-cis=Commonwealth of Independent States
        several commonwealths of independent states |
        the CIS countries | c-cis=CIS
        the Commonwealth of Independent States | c-cis=Commonwealth of Independent States
        the cis countries |
        """)
    void findsTermsOfTheField(String text, String expected) {
        assertThat(hits(CUES, text)).as("lexical rule").isEqualTo(Objects.toString(expected, ""));
        assertThat(hits(OPENNLP, text)).as("OpenNLP").isEqualTo(Objects.toString(expected, ""));
    }

    /**
     * Where the two verb finders differ: a verb without a cue, or after a noun and an adverb, is
     * found by OpenNLP's tagger alone; a verb in a list the tagger misreads ("to meet, to talk,
     * and"), by the lexical rule alone.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            emptyValue = "",
            textBlock =
                    """
        Leaders talk daily. | c-talks=talk |
        Our minister also regularly visits your country. | c-visit=visits |
        the chance to meet, to talk, and to discuss | | c-talks=talk
        we will first of all talk about the issues | | c-talks=talk
        """)
    void theVerbFindersDifferHere(String text, String byCues, String byOpenNlp) {
        assertThat(hits(CUES, text)).isEqualTo(Objects.toString(byCues, ""));
        assertThat(hits(OPENNLP, text)).isEqualTo(Objects.toString(byOpenNlp, ""));
    }

    private static String hits(TermMatcher matcher, String text) {
        return matcher.find(text).stream()
                .map(h -> h.conceptId() + "=" + h.matchedText())
                .collect(Collectors.joining("; "));
    }
}
