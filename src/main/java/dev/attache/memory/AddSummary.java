package dev.attache.memory;

/**
 * What adding pairs did: new entries, entries whose target a newer translation replaced, and pairs
 * the memory held already (left as they were).
 */
public record AddSummary(int added, int replaced, int unchanged) {
    public AddSummary {
        if (added < 0 || replaced < 0 || unchanged < 0) {
            throw new IllegalArgumentException(
                    "negative count: " + added + ", " + replaced + ", " + unchanged);
        }
    }

    /** The pairs written: new and replaced. */
    /** This and {@code other} added up: what two adds did. */
    public AddSummary plus(AddSummary other) {
        return new AddSummary(
                added + other.added, replaced + other.replaced, unchanged + other.unchanged);
    }

    public int written() {
        return added + replaced;
    }
}
