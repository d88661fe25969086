package dev.attache.qa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = HouseStyleForms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Set<String> pairs = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < 4) {
                    throw new IllegalStateException(
                            RESOURCE
                                    + ": a row needs two concepts, an example and a source: "
                                    + line);
                }
                pairs.add(cells[0] + "\t" + cells[1]);
            }
            return new HouseStyleForms(pairs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the house style writes a term of {@code longer} for one of {@code shorter}. */
    boolean standsFor(String longer, String shorter) {
        return pairs.contains(longer + "\t" + shorter);
    }
}
