package dev.attache.memory;

/**
 * What adding pairs did: new entries, entries whose target a newer translation replaced, and pairs the memory held
 * already (left as they were).
 */
public record AddSummary(int added, int replaced, int unchanged) {
    public AddSummary {
        if (added < 0 || replaced < 0 || unchanged < 0) {
            throw new IllegalArgumentException("negative count: " + added + ", " + replaced + ", " + unchanged);
        }
    }

    /** The pairs written: new and replaced. */
    public int written() {
        return added + replaced;
    }
}
