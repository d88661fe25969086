package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.State;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorksheetStatusTest {
    @Test
    void everyStateHasALabelThatParsesBack() {
        for (State state : State.values()) {
            assertThat(
                            WorksheetStatus.parse(WorksheetStatus.of(state).label())
                                    .map(WorksheetStatus::state))
                    .contains(state);
        }
    }

    @Test
    void forgivesCaseSpacesAndHyphens() {
        assertThat(WorksheetStatus.parse(" needs-review ")).contains(WorksheetStatus.NEEDS_REVIEW);
        assertThat(WorksheetStatus.parse("FINAL")).contains(WorksheetStatus.FINAL);
        assertThat(WorksheetStatus.parse("")).isEqualTo(Optional.empty());
        assertThat(WorksheetStatus.parse("Done")).isEmpty();
    }
}
