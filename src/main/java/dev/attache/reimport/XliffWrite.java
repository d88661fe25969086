package dev.attache.reimport;

/** What an import did to its XLIFF file, as its report says it. */
public enum XliffWrite {
    WRITTEN("The XLIFF file was written."),
    UNCHANGED("Nothing was written: the XLIFF file already held every row's target."),
    HELD_BACK("Nothing was written: --strict holds an import back while a row has a problem."),
    DRY_RUN("Dry run (--dry-run): nothing was written; this is what the import would do.");

    private final String sentence;

    XliffWrite(String sentence) {
        this.sentence = sentence;
    }

    /** One sentence for a reader of the report. */
    public String sentence() {
        return sentence;
    }

    public boolean dryRun() {
        return this == DRY_RUN;
    }

    public boolean written() {
        return this == WRITTEN;
    }
}
