package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MissingTermCheckTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final List<List<String>> ALLIED = List.of(List.of("союзническ", "взаимодейств"));
    private static final List<List<String>> AZERBAIJAN =
            List.of(List.of("азербайджанск", "республик"), List.of("азербайджан"));

    @Test
    void theFormulaLooksForEveryStemOfEachRenderingInItsOwnRowsTarget() {
        MissingTermCheck check = new MissingTermCheck(List.of(ALLIED, AZERBAIJAN));

        assertThat(check.formula("$D7"))
                .isEqualTo(
                        "AND(LEN(TRIM($D7))>0,OR(AND(OR(ISERROR(SEARCH(\"союзническ\",$D7)),"
                                + "ISERROR(SEARCH(\"взаимодейств\",$D7)))),"
                                + "AND(OR(ISERROR(SEARCH(\"азербайджанск\",$D7)),"
                                + "ISERROR(SEARCH(\"республик\",$D7))),"
                                + "OR(ISERROR(SEARCH(\"азербайджан\",$D7))))))");
    }

    @Test
    void itFiresOnAFilledTargetLackingAConceptAsTheFormulaDoes() {
        MissingTermCheck check = new MissingTermCheck(List.of(ALLIED, AZERBAIJAN));

        assertThat(check.firesOn("", RU)).as("empty").isFalse();
        assertThat(check.firesOn("   ", RU)).as("spaces only").isFalse();
        assertThat(check.firesOn("Союзническое взаимодействие с Азербайджаном", RU))
                .as("both concepts, the second by its admitted rendering, any case")
                .isFalse();
        assertThat(check.firesOn("Союзническое взаимодействие", RU))
                .as("the second concept missing")
                .isTrue();
        assertThat(check.firesOn("Союзническое сотрудничество с Азербайджаном", RU))
                .as("one stem of the first concept missing")
                .isTrue();
    }

    @Test
    void aCheckLooksForSomething() {
        assertThatThrownBy(() -> new MissingTermCheck(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
