package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

class MissingTermRulesTest {
    private static final Pattern RULE =
            Pattern.compile(
                    "<conditionalFormatting sqref=\"([^\"]*)\"><cfRule "
                            + "type=\"expression\" priority=\"(\\d+)\" dxfId=\"7\"><formula>([^<]*)</formula></cfRule>"
                            + "</conditionalFormatting>");
    private static final List<List<String>> ALLIED = List.of(List.of("союзническ", "взаимодейств"));
    private static final List<List<String>> AZERBAIJAN =
            List.of(List.of("азербайджанск", "республик"));

    @Test
    void rowsExpectingTheSameConceptsShareARuleOverRunsOfRows() throws XMLStreamException {
        MissingTermRules rules = new MissingTermRules('D', MissingTermRules.MAX_RANGES);
        rules.add(2, List.of(ALLIED));
        rules.add(3, List.of(ALLIED, AZERBAIJAN));
        rules.add(4, List.of());
        rules.add(5, List.of(ALLIED));
        rules.add(6, List.of(AZERBAIJAN, ALLIED));
        rules.add(7, List.of(ALLIED));
        rules.add(8, List.of(ALLIED));

        assertThat(rules(rules))
                .containsExactly(
                        "D2 D5 D7:D8 | 2 | AND(LEN(TRIM($D2))>0,OR(AND(OR(ISERROR(SEARCH(\"союзническ\",$D2)),"
                                + "ISERROR(SEARCH(\"взаимодейств\",$D2))))))",
                        "D3 D6 | 3 | AND(LEN(TRIM($D3))>0,OR(AND(OR(ISERROR(SEARCH(\"союзническ\",$D3)),"
                                + "ISERROR(SEARCH(\"взаимодейств\",$D3)))),AND(OR(ISERROR(SEARCH(\"азербайджанск\",$D3)),"
                                + "ISERROR(SEARCH(\"республик\",$D3))))))");
    }

    @Test
    void aSetWithMoreRunsThanARuleCoversGetsAnotherRuleFromItsOwnFirstRow()
            throws XMLStreamException {
        MissingTermRules rules = new MissingTermRules('D', 2);
        for (int row : new int[] {2, 3, 5, 8, 9, 10, 12}) {
            rules.add(row, List.of(ALLIED));
        }

        assertThat(rules(rules))
                .extracting(rule -> rule.substring(0, rule.indexOf("OR(")))
                .containsExactly(
                        "D2:D3 D5 | 2 | AND(LEN(TRIM($D2))>0,",
                        "D8:D10 D12 | 3 | AND(LEN(TRIM($D8))>0,");
    }

    @Test
    void nothingExpectedMeansNoRule() throws XMLStreamException {
        MissingTermRules rules = new MissingTermRules('D', MissingTermRules.MAX_RANGES);
        rules.add(2, List.of());

        assertThat(rules(rules)).isEmpty();
    }

    @Test
    void rowsComeInAscendingOrder() {
        MissingTermRules rules = new MissingTermRules('D', MissingTermRules.MAX_RANGES);
        rules.add(5, List.of(ALLIED));

        assertThatThrownBy(() -> rules.add(5, List.of(ALLIED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows come in ascending order: 5 came after 5");
        assertThatThrownBy(() -> new MissingTermRules('D', 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The rules as written, each as {@code sqref | priority | formula}. */
    private static List<String> rules(MissingTermRules rules) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
        rules.writeTo(xml, 2, 7);
        xml.flush();
        String written = text.toString().replace("&gt;", ">");
        Matcher rule = RULE.matcher(written);
        List<String> found =
                rule.results()
                        .map(r -> r.group(1) + " | " + r.group(2) + " | " + r.group(3))
                        .toList();
        assertThat(String.join("", rule.reset().results().map(r -> r.group()).toList()))
                .as("nothing but rules")
                .isEqualTo(written);
        return found;
    }
}
