package dev.attache.model;

/**
 * Where a segment's target comes from: typed (by a translator or a tool), or filled from an exact
 * memory match.
 */
public enum TargetOrigin {
    TYPED,
    EXACT_MATCH;

    /** The XLIFF 1.2 {@code state-qualifier} (and context value) of an exact match. */
    public static final String XLIFF12_EXACT = "exact-match";
}
