package dev.attache.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A segment id's unit id is checked, and a segment id parsed, a character at a time; what they
 * accept is what the patterns their documentation gives accept (and a parsed id is the groups the
 * pattern reads), for strings of the characters ids have and of those they must not.
 */
class SegmentIdProperties {
    private static final Pattern UNIT_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern SEGMENT_ID =
            Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\.s([1-9][0-9]*)");

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

    @Property(tries = 5000)
    void aSegmentIdIsParsedExactlyWhenThePatternMatchesIt(@ForAll("segmentIds") String text) {
        var m = SEGMENT_ID.matcher(text.trim());
        String expected = m.matches() ? m.group(1) + "|" + Integer.parseInt(m.group(2)) : "refused";
        String parsed;
        try {
            SegmentId id = SegmentId.parse(text);
            parsed = id.unitId() + "|" + id.number();
        } catch (IllegalArgumentException e) {
            parsed = "refused";
        }
        assertThat(parsed).as("'%s'", text).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> segmentIds() {
        return Arbitraries.strings()
                .withChars("ap_-.s. 0é\t")
                .withCharRange('0', '9')
                .ofMinLength(0)
                .ofMaxLength(8)
                .injectDuplicates(0.1)
                .edgeCases(
                        e ->
                                e.add("p7.s2")
                                        .add(" p7.s12 ")
                                        .add("p.s0")
                                        .add("7.s1")
                                        .add("p7.s")
                                        .add("p7.s01"));
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
