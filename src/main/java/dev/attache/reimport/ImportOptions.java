package dev.attache.reimport;

/**
 * How an import treats existing work. {@code overwriteFinal}: targets of {@code final} segments may
 * be overwritten. {@code preferWorksheet}: a row in conflict (its translation changed in the XLIFF
 * as well as in the sheet since the sheet's export or last import) goes in, the sheet's side taken.
 * Writing nothing ({@code --dry-run}) or nothing on findings ({@code --strict}) is the caller's
 * business: reconciling never writes.
 */
public record ImportOptions(boolean overwriteFinal, boolean preferWorksheet) {
    /** Final segments are protected, conflicts left as the XLIFF has them. */
    public static ImportOptions defaults() {
        return new ImportOptions(false, false);
    }
}
