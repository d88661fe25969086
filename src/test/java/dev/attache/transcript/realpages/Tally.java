package dev.attache.transcript.realpages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision and recall of one kind of annotation over the corpus: every page adds what was produced
 * and what the gold says, each an ordered list of texts; an item produced counts as right when the
 * gold holds an equal one not matched yet (a multiset intersection). The misses of each page are
 * kept for the report.
 */
final class Tally {
    private final String kind;
    private int produced;
    private int gold;
    private int right;
    private final List<String> misses = new ArrayList<>();

    Tally(String kind) {
        this.kind = kind;
    }

    void add(String page, List<String> producedItems, List<String> goldItems) {
        Map<String, Integer> open = new HashMap<>();
        goldItems.forEach(item -> open.merge(item, 1, Integer::sum));
        produced += producedItems.size();
        gold += goldItems.size();
        for (String item : producedItems) {
            if (open.getOrDefault(item, 0) > 0) {
                open.merge(item, -1, Integer::sum);
                right++;
            } else {
                misses.add(page + ": produced, not in the gold: " + item);
            }
        }
        open.forEach(
                (item, count) -> {
                    for (int i = 0; i < count; i++) {
                        misses.add(page + ": in the gold, not produced: " + item);
                    }
                });
    }

    String kind() {
        return kind;
    }

    /** Right over produced; 1 when nothing was produced. */
    double precision() {
        return produced == 0 ? 1 : (double) right / produced;
    }

    /** Right over gold; 1 when the gold has nothing. */
    double recall() {
        return gold == 0 ? 1 : (double) right / gold;
    }

    List<String> misses() {
        return List.copyOf(misses);
    }

    String row() {
        return String.format(
                Locale.ROOT,
                "%-10s %8d %8d %8d %9.3f %9.3f",
                kind,
                gold,
                produced,
                right,
                precision(),
                recall());
    }
}
