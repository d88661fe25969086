package dev.attache.qa.consistency;

import java.util.List;

/**
 * One of the ways a group of segments differs: a target of one source, or a source of one target,
 * with the places ({@code p4.s1}, or {@code xliff/a.en-ru.xlf:p4.s1} when the group spans files) of
 * the segments that have it.
 */
public record Variant(String text, List<String> places) {
    public Variant {
        if (text == null || places == null || places.isEmpty()) {
            throw new IllegalArgumentException(
                    "a variant needs its text and a place: " + text + " " + places);
        }
        places = List.copyOf(places);
    }

    /** {@code "Спасибо." (p4.s1, p9.s2)}. */
    String describe() {
        return "\"" + text + "\" (" + String.join(", ", places) + ")";
    }
}
