package dev.attache.transcript;

import static dev.attache.transcript.ParagraphKind.BODY;
import static dev.attache.transcript.ParagraphKind.BOILERPLATE;
import static dev.attache.transcript.ParagraphKind.DATELINE;
import static dev.attache.transcript.ParagraphKind.REFERENCE;
import static dev.attache.transcript.ParagraphKind.TITLE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10: a ministry page copied as text (its head, glued datelines, language switchers) and
 * speaker turns.
 */
class PageNoiseAndSpeakersTest {
    private final TranscriptReader reader = new TranscriptReader();

    @TempDir Path dir;

    private Transcript read(String text) throws IOException {
        return reader.read(
                Files.writeString(dir.resolve("page.en.txt"), text, UTF_8),
                TranscriptOptions.defaults());
    }

    @Test
    void thePageHeadBeforeTheTitleIsBoilerplateAndItsDatelineADateline() throws IOException {
        Transcript page =
                read(
                        """
                SPEECHES, INTERVIEWS, ARTICLES
                26 August 202015:20
                • en-GB1 ru-RU1
                Foreign Minister Sergey Lavrov's remarks at a news conference
                Sergey Lavrov: Good afternoon.
                """);

        assertThat(TranscriptReaderTest.kinds(page))
                .containsExactly(BOILERPLATE, DATELINE, BOILERPLATE, TITLE, BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"26 August 202015:20", "26 August 2020 15:20", "August 26, 20209:05"})
    void aTimeGluedToTheYearIsPartOfTheDateline(String dateline) throws IOException {
        assertThat(TranscriptReaderTest.kinds(read("Title\n" + dateline + "\nText.\n")))
                .as(dateline)
                .containsExactly(TITLE, DATELINE, BODY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "• en-GB1 ru-RU1",
                "en-GB ru-RU az-AZ",
                "• en-GB • ru-RU • az-AZ •",
                "ru-RU1"
            })
    void aLineOfLanguageTagsIsBoilerplateWhereverItStands(String switcher) throws IOException {
        assertThat(
                        TranscriptReaderTest.kinds(
                                read("Title\nFirst text.\n" + switcher + "\nMore text.\n")))
                .as(switcher)
                .containsExactly(TITLE, BODY, BOILERPLATE, BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en ru", "We met in ru-RU style.", "EN | RU then more text"})
    void textWithLanguageLikeWordsIsNotASwitcher(String line) throws IOException {
        assertThat(TranscriptReaderTest.kinds(read("Title\n" + line + "\nMore text.\n")))
                .as(line)
                .containsExactly(TITLE, BODY, BODY);
    }

    @Test
    void aLongTitleInCapitalsIsStillTheTitle() throws IOException {
        Transcript page =
                read(
                        "NEWS\nREMARKS BY THE FOREIGN MINISTER AT THE MEETING WITH STUDENTS\n359-27-02-2023\n"
                                + "Text.\n");

        assertThat(TranscriptReaderTest.kinds(page))
                .containsExactly(BOILERPLATE, TITLE, REFERENCE, BODY);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Sergey Lavrov: Good afternoon.|Sergey Lavrov|Good afternoon.",
                "Question: Mr Minister, what next?|Question|Mr Minister, what next?",
                "Answer:  We shall see.|Answer|We shall see.",
                "Remark: One more, please.|Remark|One more, please.",
                "Jean-Yves Le Drian: Merci.|Jean-Yves Le Drian|Merci.",
                "S.V. Lavrov: Thank you.|S.V. Lavrov|Thank you.",
                "Maria Vladimirovna Zakharova Jr: Yes.|Maria Vladimirovna Zakharova Jr|Yes.",
            })
    void aTurnKeepsItsLabelOutOfTheSpokenText(String line, String label, String spoken)
            throws IOException {
        Paragraph turn = read("Title\n" + line + "\n").paragraphs().get(1);

        assertThat(turn.speaker()).contains(label);
        assertThat(turn.spokenText()).isEqualTo(spoken);
        assertThat(turn.text()).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Note: the transcript was edited.",
                "Moscow, 26 August: talks began.",
                "At 15:20 the talks began.",
                "The minister said: we agree.",
                "Update: text added.",
                "Sergey Lavrov:Good afternoon.",
                "One Two Three Four Five: too long for a name.",
                "NOTE: capitals.",
                "Sergey Lavrov said: yes.",
                "{1}Sergey Lavrov:{/1} a text transcript has no inline tokens."
            })
    void lookalikesAreNoTurns(String line) throws IOException {
        assertThat(read("Title\n" + line + "\n").paragraphs().get(1).speaker()).as(line).isEmpty();
    }

    @Test
    void aOneWordNameIsASpeakerOnlyWhereALongerLabelOfTheTranscriptHoldsIt() throws IOException {
        Transcript transcript =
                read("Title\nSergey Lavrov: Good afternoon.\nLavrov: Thank you.\nNote: edited.\n");

        assertThat(transcript.paragraphs())
                .extracting(Paragraph::speaker)
                .containsExactly(
                        Optional.empty(),
                        Optional.of("Sergey Lavrov"),
                        Optional.of("Lavrov"),
                        Optional.empty());
    }

    @Test
    void theTitleAndDatelinesAreNeverTurns() throws IOException {
        List<Paragraph> paragraphs =
                read("Sergey Lavrov: remarks at a meeting\nText.\n").paragraphs();

        assertThat(paragraphs.get(0).kind()).isEqualTo(TITLE);
        assertThat(paragraphs.get(0).speaker()).isEmpty();
    }

    @Test
    void aBoldLabelOfAPageOrDocumentIsATurnWhoseTokensAreOutOfTheSpokenText() {
        List<String> texts =
                List.of(
                        "Title",
                        "{1}Sergey Lavrov:{/1} We agreed {2}today{/2}.",
                        "{1}Question:{/1} Why?");
        List<Optional<String>> speakers =
                SpeakerLabels.withInlineTokens().find(texts, List.of(TITLE, BODY, BODY));

        assertThat(speakers)
                .containsExactly(
                        Optional.empty(), Optional.of("Sergey Lavrov"), Optional.of("Question"));
        Paragraph turn = new Paragraph(2, BODY, texts.get(1), speakers.get(1));
        assertThat(turn.spokenText()).isEqualTo("We agreed {2}today{/2}.");
        assertThat(turn.speakerToken()).isEqualTo(1);
        assertThat(
                        new Paragraph(
                                        2,
                                        BODY,
                                        "Sergey Lavrov: We agreed.",
                                        Optional.of("Sergey Lavrov"))
                                .speakerToken())
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{1}Sergey Lavrov{/1}: We agreed.",
                "{1}Sergey Lavrov: We{/1} agreed.",
                "{1}Sergey Lavrov:{/2} We agreed.",
                "{1}Sergey Lavrov:{/1}We agreed.",
                "{1}Note:{/1} edited.",
                "{1}The minister said:{/1} yes."
            })
    void tokensThatDoNotHoldExactlyALabelAndItsColonMakeNoTurn(String text) {
        assertThat(
                        SpeakerLabels.withInlineTokens()
                                .find(List.of("Title", text), List.of(TITLE, BODY))
                                .get(1))
                .as(text)
                .isEmpty();
    }

    @Test
    void aParagraphChecksThatItOpensWithItsSpeaker() {
        assertThatThrownBy(
                        () ->
                                new Paragraph(
                                        1, BODY, "Good afternoon.", Optional.of("Sergey Lavrov")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("speaker label 'Sergey Lavrov:'");
    }
}
