package dev.attache.worksheet;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A row's missing-term check: what the row's source asks of its target, per glossary concept the
 * stems of each acceptable rendering ({@link GlossaryHints#expectedStems}). The translation sheet
 * holds it as a formula in a hidden column of the row ({@link SheetLayout#TERMS_MISSING}), TRUE
 * while the row's Target cell is filled in but lacks a concept: for some concept, every rendering
 * misses one of its stems. One conditional format on the Target column reads that column, so the
 * warning follows the translator's typing row by row. The formula is written with the value it has
 * for the target written ({@link #firesOn}), so that a spreadsheet opening the sheet has nothing to
 * recalculate.
 */
record MissingTermCheck(List<List<List<String>>> concepts) {
    MissingTermCheck {
        if (concepts.isEmpty()) {
            throw new IllegalArgumentException("a missing-term check needs a concept to look for");
        }
        concepts = List.copyOf(concepts);
    }

    /**
     * The check of the target in {@code cell} ({@code $D5}). {@code SEARCH} ignores case in Excel,
     * LibreOffice and Gnumeric alike; stems hold only letters and digits, so no wildcard can
     * misfire.
     */
    String formula(String cell) {
        String missing =
                concepts.stream()
                        .map(
                                renderings ->
                                        renderings.stream()
                                                .map(stems -> anyMissing(stems, cell))
                                                .collect(Collectors.joining(",", "AND(", ")")))
                        .collect(Collectors.joining(",", "OR(", ")"));
        return "AND(LEN(TRIM(" + cell + "))>0," + missing + ")";
    }

    /**
     * What {@link #formula} gives for {@code target}, a text in {@code language}: {@code TRIM}
     * takes out spaces only, and {@code SEARCH} compares lower case with lower case.
     */
    boolean firesOn(String target, Locale language) {
        if (target.chars().allMatch(c -> c == ' ')) {
            return false;
        }
        String lower = target.toLowerCase(language);
        return concepts.stream()
                .anyMatch(
                        renderings ->
                                renderings.stream()
                                        .allMatch(
                                                stems ->
                                                        stems.stream()
                                                                .anyMatch(
                                                                        s -> !lower.contains(s))));
    }

    private static String anyMissing(List<String> stems, String cell) {
        return stems.stream()
                .map(s -> "ISERROR(SEARCH(\"" + s + "\"," + cell + "))")
                .collect(Collectors.joining(",", "OR(", ")"));
    }
}
