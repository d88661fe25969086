package dev.attache.transcript;

import static dev.attache.transcript.ParagraphKind.BODY;
import static dev.attache.transcript.ParagraphKind.BOILERPLATE;
import static dev.attache.transcript.ParagraphKind.DATELINE;
import static dev.attache.transcript.ParagraphKind.TITLE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.flow.GlossaryChoice;
import dev.attache.flow.SegmentFlow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 22: the shapes of real pages (lines taken from the real-page corpus), rule by rule. */
class RealPageShapesTest {
    private final TranscriptReader reader = new TranscriptReader();

    @TempDir Path dir;

    private LoadedTranscript load(String text) throws IOException {
        return reader.load(
                Files.writeString(dir.resolve("page.en.txt"), text, UTF_8),
                TranscriptOptions.defaults());
    }

    private Transcript read(String text) throws IOException {
        return load(text).transcript();
    }

    @Test
    void everyChromeRowMatchesItsOwnExampleAndContentIsNoChrome() {
        assertThat(ChromeLines.shipped().shapes())
                .hasSizeGreaterThan(15)
                .allSatisfy(
                        shape ->
                                assertThat(ChromeLines.shipped().shapeOf(shape.example()))
                                        .isPresent());
        assertThat(
                        ChromeLines.shipped()
                                .shapeOf("Meeting with President of Azerbaijan Ilham Aliyev"))
                .isEmpty();
        assertThat(
                        ChromeLines.shipped()
                                .shapeOf(
                                        "Sergey Lavrov: The presidents are discussing all issues."))
                .isEmpty();
        assertThat(ChromeLines.shipped().shapeOf("359-27-02-2023"))
                .as("a document number")
                .isEmpty();
    }

    @Test
    void aKremlinPageLosesItsSettingsBreadcrumbAndSeparatorAndKeepsItsTitleDatelineAndTurn()
            throws IOException {
        Transcript page =
                read(
                        """
                View settings

                Font size:
                Site colours:


                Official website of the President of Russia

                Документ   /

                Meeting with President of Azerbaijan Ilham Aliyev

                May 25, 2023, The Kremlin, Moscow

                Vladimir Putin and President of the Republic of Azerbaijan Ilham Aliyev met in the Kremlin.

                * * *

                President of Russia Vladimir Putin: President Aliyev, colleagues.
                """);

        assertThat(TranscriptReaderTest.kinds(page))
                .containsExactly(
                        BOILERPLATE,
                        BOILERPLATE,
                        BOILERPLATE,
                        BOILERPLATE,
                        BOILERPLATE,
                        TITLE,
                        DATELINE,
                        BODY,
                        BOILERPLATE,
                        BODY);
        assertThat(page.paragraphs().get(9).speaker())
                .contains("President of Russia Vladimir Putin");
        assertThat(SpeakerLabels.person("President of Russia Vladimir Putin"))
                .contains("Vladimir Putin");
    }

    @Test
    void aLineInAnotherScriptThanTheSourceIsNotTranslatedButInItsOwnLanguageItIs()
            throws IOException {
        assertThat(
                        TranscriptReaderTest.kinds(
                                read("Title\nText.\nДокумент подписан в Москве.\nText.\n")))
                .containsExactly(TITLE, BODY, BOILERPLATE, BODY);
        Path russian =
                Files.writeString(
                        dir.resolve("page.ru.txt"),
                        "Заголовок\nДокумент подписан в Москве.\n",
                        UTF_8);
        assertThat(TranscriptReaderTest.kinds(reader.read(russian, TranscriptOptions.defaults())))
                .containsExactly(TITLE, BODY);
    }

    @Test
    void aPageCopiedFromBelowItsHeadlineHasNoTitle() throws IOException {
        Transcript page =
                read(
                        """
                Select font Arial Times New Roman
                Character spacing (Kerning): Standard Medium Large
                Transcripts /
                President Vladimir Putin:
                Dear Ilham Geidarovich!
                Allow me once more to wish you a warm welcome to Moscow.
                Ilham Aliev: Thank you, Vladimir Vladimirovich.
                """);

        assertThat(TranscriptReaderTest.kinds(page))
                .containsExactly(BOILERPLATE, BOILERPLATE, BOILERPLATE, BODY, BODY, BODY);
        assertThat(page.paragraphs().get(3).text())
                .isEqualTo("President Vladimir Putin: Dear Ilham Geidarovich!");
        assertThat(page.paragraphs().get(3).speaker()).contains("President Vladimir Putin");
    }

    @Test
    void aDatelineAndARepeatedHeadlineInOneBlockAreParagraphsOfTheirOwn() throws IOException {
        Transcript page =
                read(
                        """
                Ilham Aliyev met with the heads of Russia's top mass media outlets at TASS headquarters

                23 February 2022, 15:40
                Ilham Aliyev met with the heads of Russia's top mass media outlets at TASS headquarters

                First Lady Mehriban Aliyeva also attended the meeting.
                """);

        assertThat(TranscriptReaderTest.kinds(page))
                .containsExactly(TITLE, DATELINE, BOILERPLATE, BODY);
    }

    @Test
    void theSitesOwnDateAboveItsClockIsFurnitureAndTheArticlesDateADateline() throws IOException {
        Transcript page =
                read(
                        """
                27 October 2020
                Moscow: 17:51
                London: 14:51

                Ambassador Andrei Kelin's interview with Sky News, 21 July 2020

                13.12.2016

                Q: Thank you Mr Ambassador for speaking to us today.

                A: Yes, of course, I've seen it.
                """);

        assertThat(TranscriptReaderTest.kinds(page))
                .containsExactly(
                        BOILERPLATE, BOILERPLATE, BOILERPLATE, TITLE, DATELINE, BODY, BODY);
        assertThat(page.paragraphs())
                .extracting(Paragraph::speaker)
                .endsWith(Optional.of("Q"), Optional.of("A"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "May 25, 2023, The Kremlin, Moscow",
                "January 22, 2019 - 18:20 - The Kremlin, Moscow",
                "Baku, November 21, AZERTAC",
                "BAKU, Azerbaijan, Dec. 3",
                "15 Feb. 12:00 (UTC+3 MSK)",
                "05 april 2018, 21:00",
                "# 18 April 2023 18:18 (UTC +04:00)",
                "Moscow, December, 23, 2016",
                "13.12.2016",
                "14 May 201713:21"
            })
    void datelinesOfTheSitesAreDatelines(String dateline) throws IOException {
        assertThat(TranscriptReaderTest.kinds(read("Title\n\n" + dateline + "\n\nText.\n")))
                .as(dateline)
                .containsExactly(TITLE, DATELINE, BODY);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "President of Russia Vladimir Putin|Vladimir Putin",
                "Ilham Aliev|Ilham Aliev",
                "Tofig Abbasov, Azerbaijan Television|Tofig Abbasov",
                "Rufat Hamzayev from Azerbaijan Television|Rufat Hamzayev",
                "TASS Director General Sergei Mikhailov|Sergei Mikhailov",
                "Ilham Heydar oglu Aliyev|Ilham Heydar oglu Aliyev",
            })
    void aLabelNamesThePersonAfterItsTitleAndBeforeItsAffiliation(String label, String person)
            throws IOException {
        Paragraph turn = read("Title\n" + label + ": Thank you.\n").paragraphs().get(1);

        assertThat(turn.speaker()).contains(label);
        assertThat(turn.spokenText()).isEqualTo("Thank you.");
        assertThat(SpeakerLabels.person(label)).contains(person);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q", "A", "Question", "1. Question", "From the author"})
    void aRoleIsALabelThatNamesNoPerson(String role) throws IOException {
        assertThat(read("Title\n" + role + ": Why?\n").paragraphs().get(1).speaker())
                .contains(role);
        assertThat(SpeakerLabels.person(role)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Welcoming the guests, President Ilham Aliyev said: Dear friends.",
                "President Ilham Aliyev said: Dear friends.",
                "Statement of President Ilham Aliyev: text.",
                "Trend: Azerbaijan and Russia agreed.",
                "President of: the text."
            })
    void sentencesAndAgencyNamesBeforeAColonAreNoTurns(String line) throws IOException {
        assertThat(read("Title\n" + line + "\n").paragraphs().get(1).speaker()).as(line).isEmpty();
    }

    @Test
    void dashLedInterviewTurnsHaveTheDashForLabel() throws IOException {
        List<Paragraph> paragraphs =
                read("""
                Ilham Aliyev interviewed by TASS

                - Mr. President, thank you very much for the opportunity to meet with you.

                – I think that the main achievement is that Azerbaijan continued to develop.

                -Thank you, Vladimir Vladimirovich.

                - the sides agreed on a list, not a turn.
                """)
                        .paragraphs();

        assertThat(paragraphs)
                .extracting(Paragraph::speaker)
                .containsExactly(
                        Optional.empty(),
                        Optional.of("-"),
                        Optional.of("–"),
                        Optional.of("-"),
                        Optional.empty());
        assertThat(paragraphs.get(1).spokenText()).startsWith("Mr. President, thank you");
        assertThat(paragraphs.get(3).spokenText()).isEqualTo("Thank you, Vladimir Vladimirovich.");
    }

    @Test
    void hardWrappedPasteIsRejoinedAndCountedButLinesKeepsEveryLine() throws IOException {
        String wrapped =
                """
                Foreign Minister Sergey Lavrov's answers to media questions
                15 May 2019 21:30
                Question: Does Russia expect the Committee of Ministers of the Council
                of Europe to discuss Russia's failure to comply with its financial
                obligations?
                Sergey Lavrov: Nothing of the kind will be discussed. Yesterday
                experts did their work. There is a draft decision to be adopted, you
                can find out about it there. During my upcoming meeting with the OSCE
                Minsk Group co-chairs we shall discuss it. I hope that justice will
                be restored.
                """;
        LoadedTranscript loaded = load(wrapped);

        assertThat(loaded.transcript().paragraphs())
                .extracting(Paragraph::text)
                .containsExactly(
                        "Foreign Minister Sergey Lavrov's answers to media questions",
                        "15 May 2019 21:30",
                        "Question: Does Russia expect the Committee of Ministers of the Council of Europe to discuss Russia's "
                                + "failure to comply with its financial obligations?",
                        "Sergey Lavrov: Nothing of the kind will be discussed. Yesterday experts did their work. There is a "
                                + "draft decision to be adopted, you can find out about it there. During my upcoming meeting "
                                + "with the OSCE Minsk Group co-chairs we shall discuss it. I hope that justice will be "
                                + "restored.");
        assertThat(loaded.layout().wrappedLinesJoined()).isEqualTo(6);
        Path file = Files.writeString(dir.resolve("wrapped.en.txt"), wrapped, UTF_8);
        var prepare =
                new SegmentFlow.Request(
                        file,
                        List.of(Locale.forLanguageTag("ru")),
                        Optional.empty(),
                        dir,
                        TranscriptOptions.defaults(),
                        Optional.empty(),
                        false,
                        new GlossaryChoice.None());
        assertThat(new SegmentFlow().plan(prepare).readingNotice())
                .contains(
                        file
                                + ": the text is hard-wrapped: 6 "
                                + "lines ending mid-sentence were joined to the next (--paragraphs lines keeps every line apart)");
        assertThat(
                        reader.read(
                                        file,
                                        TranscriptOptions.defaults().withMode(ParagraphMode.LINES))
                                .paragraphs())
                .hasSize(10);
    }

    /**
     * A print view wraps every paragraph at one width, the title too: in blank-line blocks, the
     * title's three lines (too few to show the wrap on their own, and breaking before capitalised
     * names, so the lower-case rule does not join them) are one paragraph, as the body's are; and a
     * headline left on one long line above wrapped blocks does not hide their wrap.
     */
    @Test
    void aFileWrappedInBlankLineBlocksWrapsItsTitleToo() throws IOException {
        String body =
                """
                Прежде всего позвольте передать самые тёплые приветствия и дружеские
                пожелания от Президента Российской Федерации Владимира Путина. Он лично
                уделяет пристальное внимание развитию нашего союзнического взаимодействия.

                Безусловно, эта Декларация закрепила нынешний уровень двусторонних отношений
                и наметила пути вывода нашего взаимодействия на новый уровень. Практическое
                сотрудничество продолжает эффективно и активно развиваться. Это и Ваши
                регулярные контакты с Президентом Владимиром Путиным, и контакты между
                премьер-министрами и министрами наших стран.
                """;
        String title =
                "Вступительное слово Министра иностранных дел Российской Федерации Сергея Лаврова"
                        + " в ходе встречи с Президентом Азербайджанской Республики Ильхамом Алиевым,"
                        + " Баку, 27 февраля 2023 года";
        String wrappedTitle =
                """
                Вступительное слово Министра иностранных дел Российской Федерации Сергея
                Лаврова в ходе встречи с Президентом Азербайджанской Республики Ильхамом
                Алиевым, Баку, 27 февраля 2023 года
                """;

        for (String page : List.of(wrappedTitle + "\n" + body, title + "\n\n" + body)) {
            Transcript read =
                    reader.read(
                            Files.writeString(dir.resolve("page.ru.txt"), page, UTF_8),
                            TranscriptOptions.defaults());

            assertThat(read.paragraphs())
                    .extracting(Paragraph::text)
                    .containsExactly(
                            title,
                            String.join(" ", body.split("\n\n")[0].strip().split("\n")),
                            String.join(" ", body.split("\n\n")[1].strip().split("\n")));
        }
    }

    @Test
    void shortLinesWithoutBlankLinesAreNotTakenForWrappedText() throws IOException {
        LoadedTranscript loaded =
                load(
                        "Title of the page\nFirst line\nSecond line\nThird line\nFourth line\nFifth\n");

        assertThat(loaded.transcript().paragraphs()).hasSize(6);
        assertThat(loaded.layout().wrappedLinesJoined()).isZero();
    }
}
