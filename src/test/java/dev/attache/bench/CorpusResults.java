package dev.attache.bench;

import java.util.List;

/** The results for one transcript: its label, the Okapi baseline, the scenarios, and notes (how the sheet was filled). */
record CorpusResults(String label, ScenarioResult baseline, List<ScenarioResult> scenarios, List<String> notes) {
    CorpusResults {
        scenarios = List.copyOf(scenarios);
        notes = List.copyOf(notes);
    }
}
