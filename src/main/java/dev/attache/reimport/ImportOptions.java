package dev.attache.reimport;

/**
 * How an import treats existing work. {@code force}: targets of {@code final} segments may be overwritten.
 * Writing nothing ({@code --dry-run}) or nothing on findings ({@code --strict}) is the caller's business:
 * reconciling never writes.
 */
public record ImportOptions(boolean force) {
    /** Final segments are protected. */
    public static ImportOptions defaults() {
        return new ImportOptions(false);
    }
}
