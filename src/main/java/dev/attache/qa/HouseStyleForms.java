package dev.attache.qa;

import static java.util.Objects.requireNonNull;

import dev.attache.DataFile;
import java.util.HashSet;
import java.util.Set;

/**
 * The longer target terms a house style writes for a shorter source term ({@code
 * house-style-forms.tsv}): "Президент России" for a bare "President" in the Russian MFA's running
 * text. A pair is the longer concept and the concept it stands for.
 */
record HouseStyleForms(Set<Pair> pairs) {
    private static final String RESOURCE = "house-style-forms.tsv";

    /** The shipped forms, read once: every document's checker asks them. */
    private static final HouseStyleForms SHIPPED = read();

    /** A longer concept and the concept a term of it stands for. */
    record Pair(String longer, String shorter) {
        Pair {
            requireNonNull(longer, "longer");
            requireNonNull(shorter, "shorter");
        }
    }

    HouseStyleForms {
        pairs = Set.copyOf(pairs);
    }

    /** The forms shipped with the checker. */
    static HouseStyleForms shipped() {
        return SHIPPED;
    }

    private static HouseStyleForms read() {
        Set<Pair> pairs = new HashSet<>();
        for (DataFile.Row row : DataFile.read(HouseStyleForms.class, RESOURCE).rows()) {
            String[] cells = row.text().split("\t");
            if (cells.length < 4) {
                throw new IllegalStateException(
                        RESOURCE
                                + ": a row needs two concepts, an example and a source: "
                                + row.text());
            }
            pairs.add(new Pair(cells[0], cells[1]));
        }
        return new HouseStyleForms(pairs);
    }

    /** Whether the house style writes a term of {@code longer} for one of {@code shorter}. */
    boolean standsFor(String longer, String shorter) {
        return pairs.contains(new Pair(longer, shorter));
    }
}
