package dev.attache.qa;

import dev.attache.DataFile;
import java.util.HashSet;
import java.util.Set;

/**
 * The longer target terms a house style writes for a shorter source term ({@code
 * house-style-forms.tsv}): "Президент России" for a bare "President" in the Russian MFA's running
 * text. A pair is the longer concept and the concept it stands for.
 */
record HouseStyleForms(Set<String> pairs) {
    private static final String RESOURCE = "house-style-forms.tsv";

    HouseStyleForms {
        pairs = Set.copyOf(pairs);
        for (String pair : pairs) {
            if (pair.split("\t", -1).length != 2) {
                throw new IllegalArgumentException("not a pair of concepts: " + pair);
            }
        }
    }

    /** The forms shipped with the checker. */
    static HouseStyleForms shipped() {
        Set<String> pairs = new HashSet<>();
        for (DataFile.Row row : DataFile.read(HouseStyleForms.class, RESOURCE).rows()) {
            String[] cells = row.text().split("\t");
            if (cells.length < 4) {
                throw new IllegalStateException(
                        RESOURCE
                                + ": a row needs two concepts, an example and a source: "
                                + row.text());
            }
            pairs.add(cells[0] + "\t" + cells[1]);
        }
        return new HouseStyleForms(pairs);
    }

    /** Whether the house style writes a term of {@code longer} for one of {@code shorter}. */
    boolean standsFor(String longer, String shorter) {
        return pairs.contains(longer + "\t" + shorter);
    }
}
