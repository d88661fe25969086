package dev.attache.qa.mechanical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The mechanical check looks for two spaces side by side before it runs its expression for runs of
 * spaces between words: its test must know a space as the expression's {@code \h} does, for every
 * character.
 */
class HorizontalSpaceTest {
    private static final Pattern TWO = Pattern.compile("\\h\\h");

    @Test
    void twoSpacesInARowAreThoseTheExpressionSees() {
        int disagreements = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String twice = "a" + c + c + "b";
            String alone = "a" + c + "b" + c;
            if (MechanicalChecker.hasTwoSpacesInARow(twice) != TWO.matcher(twice).find()
                    || MechanicalChecker.hasTwoSpacesInARow(alone) != TWO.matcher(alone).find()) {
                disagreements++;
            }
        }
        assertThat(disagreements).isZero();
        assertThat(MechanicalChecker.hasTwoSpacesInARow("a \u3000b")).isTrue();
        assertThat(MechanicalChecker.hasTwoSpacesInARow("a b c")).isFalse();
    }
}
