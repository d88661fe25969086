package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hints a translator into Russian gets from {@code field-terms.tbx}: abbreviations and generic
 * words.
 */
class FieldHintsTest {
    private static final Glossary GLOSSARY = TermMatcherFieldTest.GLOSSARY;
    private static final TermMatcher MATCHER = new TermMatcher(GLOSSARY, "en");
    private static final HintSelector SELECTOR = new HintSelector(GLOSSARY, "ru");

    /** Expected hints as "source form → rendering", joined by "; ". */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            emptyValue = "",
            textBlock =
                    """
        the CIS countries | CIS → СНГ
        the Commonwealth of Independent States | Commonwealth of Independent States → Содружество Независимых Государств
        the OSCE and the CIS | OSCE → ОБСЕ; CIS → СНГ
        our presidents agreed | presidents → президент
        the President said | President → Президент
        the two governments |
        the Government of Azerbaijan | Government → Правительство
        """)
    void hintsTheRenderingOfTheSenseFound(String text, String expected) {
        String hints =
                SELECTOR.select(MATCHER.find(text)).stream()
                        .map(
                                hit ->
                                        hit.matchedText()
                                                + " → "
                                                + GLOSSARY.concept(hit.conceptId())
                                                        .orElseThrow()
                                                        .rendering("en", hit.matchedText(), "ru")
                                                        .orElseThrow()
                                                        .text())
                        .collect(Collectors.joining("; "));
        assertThat(hints).isEqualTo(Objects.toString(expected, ""));
    }
}
