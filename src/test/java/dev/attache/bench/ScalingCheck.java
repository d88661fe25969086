package dev.attache.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whether every command stays linear: from each generated size to the next, a scenario's median
 * time may grow at most {@value #TOLERANCE} times as much as the words did (a linear command grows
 * less, since its start-up cost stays; a quadratic step grows with the square). The check that
 * fails the suite when a quadratic step comes back.
 */
record ScalingCheck(Map<Long, CorpusResults> bySize) {
    static final double TOLERANCE = 1.5;

    ScalingCheck {
        bySize = new TreeMap<>(bySize);
    }

    /** The growth of one scenario from one size to the next. */
    record Growth(String scenario, long fromWords, long toWords, double timeRatio) {
        boolean superlinear() {
            return timeRatio > TOLERANCE * toWords / fromWords;
        }

        String line() {
            return String.format(
                    Locale.ROOT,
                    "%s: %,d → %,d words (×%.0f): time ×%.1f%s",
                    scenario,
                    fromWords,
                    toWords,
                    (double) toWords / fromWords,
                    timeRatio,
                    superlinear() ? " — SUPERLINEAR" : "");
        }
    }

    List<Growth> growths() {
        List<Growth> growths = new ArrayList<>();
        List<Long> sizes = List.copyOf(bySize.keySet());
        for (int i = 1; i < sizes.size(); i++) {
            CorpusResults small = bySize.get(sizes.get(i - 1));
            CorpusResults large = bySize.get(sizes.get(i));
            for (ScenarioResult result : large.scenarios()) {
                Optional<ScenarioResult> before =
                        small.scenarios().stream()
                                .filter(s -> s.scenario().equals(result.scenario()))
                                .findFirst();
                if (result.ok() && before.isPresent() && before.get().ok()) {
                    growths.add(
                            new Growth(
                                    result.scenario(),
                                    sizes.get(i - 1),
                                    sizes.get(i),
                                    result.medianSeconds() / before.get().medianSeconds()));
                }
            }
        }
        return growths;
    }

    /** The section of the report: every growth, the superlinear ones marked. */
    String markdown() {
        StringBuilder out =
                new StringBuilder("\n## Scaling (median time from one size to the next; more than ")
                        .append(TOLERANCE)
                        .append("× the growth of the words fails the suite)\n\n");
        growths().forEach(g -> out.append("- ").append(g.line()).append('\n'));
        return out.toString();
    }

    boolean failed() {
        return growths().stream().anyMatch(Growth::superlinear);
    }
}
