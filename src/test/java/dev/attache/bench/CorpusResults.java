package dev.attache.bench;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The results for one transcript: its label, the Okapi baseline, the scenarios, and notes (how the
 * sheet was filled).
 */
record CorpusResults(
        String label, ScenarioResult baseline, List<ScenarioResult> scenarios, List<String> notes) {
    CorpusResults {
        scenarios = List.copyOf(scenarios);
        notes = List.copyOf(notes);
    }

    /** The scenario of that name, the baseline among them. */
    Optional<ScenarioResult> scenario(String name) {
        return Stream.concat(Stream.of(baseline), scenarios.stream())
                .filter(s -> s.scenario().equals(name))
                .findFirst();
    }
}
