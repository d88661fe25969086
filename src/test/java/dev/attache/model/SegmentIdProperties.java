package dev.attache.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A segment id's unit id is checked a character at a time; what it accepts is what the pattern its
 * documentation gives accepts, for strings of the characters ids have and of those they must not.
 */
class SegmentIdProperties {
    private static final Pattern UNIT_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    @Property(tries = 5000)
    void aUnitIdIsAcceptedExactlyWhenThePatternMatchesIt(@ForAll("unitIds") String unitId) {
        boolean accepted;
        try {
            new SegmentId(unitId, 1);
            accepted = true;
        } catch (IllegalArgumentException e) {
            accepted = false;
        }
        assertThat(accepted).as("'%s'", unitId).isEqualTo(UNIT_ID.matcher(unitId).matches());
    }

    @Provide
    Arbitrary<String> unitIds() {
        return Arbitraries.strings()
                .withChars("aZp7_-.s 0é\u0416\t")
                .withCharRange('0', '9')
                .ofMinLength(0)
                .ofMaxLength(6);
    }
}
