package dev.attache.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The suite's scaling check: linear growth (with a start-up cost) passes, quadratic growth fails.
 */
class ScalingCheckTest {
    private static CorpusResults corpus(double importSeconds, double mergeSeconds) {
        return new CorpusResults(
                "corpus",
                result("Okapi baseline", 1.0),
                List.of(result("import", importSeconds), result("merge", mergeSeconds)),
                List.of());
    }

    private static ScenarioResult result(String scenario, double seconds) {
        return new ScenarioResult(
                scenario,
                List.of(new Measurement(seconds, 100_000, 0, "", "")),
                Optional.empty(),
                "");
    }

    @Test
    void linearCommandsPassAndAQuadraticOneFails() {
        ScalingCheck linear =
                new ScalingCheck(Map.of(100_000L, corpus(8.5, 2.1), 1_000_000L, corpus(24.1, 5.9)));
        ScalingCheck quadratic =
                new ScalingCheck(Map.of(100_000L, corpus(8.5, 2.1), 1_000_000L, corpus(236, 5.9)));

        assertThat(linear.failed()).isFalse();
        assertThat(linear.markdown())
                .contains("- import: 100,000 → 1,000,000 words (×10): time ×2.8\n");
        assertThat(quadratic.failed()).isTrue();
        assertThat(quadratic.markdown())
                .contains("- import: 100,000 → 1,000,000 words (×10): time ×27.8 — SUPERLINEAR");
    }
}
